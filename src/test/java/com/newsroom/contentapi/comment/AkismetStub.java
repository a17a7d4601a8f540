package com.newsroom.contentapi.comment;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Akismet's comment-check endpoint that answers as told and records
 * what it received.
 */
class AkismetStub implements AutoCloseable {

	enum Mode {

		SPAM, HAM, SLOW, ERROR

	}

	private final HttpServer server;

	volatile Mode mode = Mode.HAM;

	final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	AkismetStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/1.1/comment-check", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(java.util.Arrays.stream(body.split("&"))
				.map(pair -> pair.split("=", 2))
				.collect(Collectors.toMap(kv -> kv[0],
						kv -> URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8), (a, b) -> b)));
			Mode current = this.mode;
			if (current == Mode.SLOW) {
				try {
					Thread.sleep(3000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] answer = switch (current) {
				case SPAM -> "true".getBytes();
				case HAM, SLOW -> "false".getBytes();
				case ERROR -> "invalid".getBytes();
			};
			exchange.sendResponseHeaders((current == Mode.ERROR) ? 500 : 200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
