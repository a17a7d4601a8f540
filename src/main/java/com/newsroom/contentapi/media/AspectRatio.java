package com.newsroom.contentapi.media;

import com.newsroom.contentapi.graphql.ApiException;

/** A crop's width to height, written {@code 16:9} in the API and {@code 16x9} in URLs. */
record AspectRatio(int width, int height) {

	static AspectRatio parse(String text) {
		String[] parts = text.strip().split("[:x]");
		try {
			if (parts.length == 2) {
				AspectRatio ratio = new AspectRatio(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
				if (ratio.width > 0 && ratio.height > 0 && ratio.width <= 100 && ratio.height <= 100) {
					return ratio;
				}
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw ApiException.badInput("ratio", "'" + text + "' is not a ratio such as 16:9");
	}

	@Override
	public String toString() {
		return this.width + ":" + this.height;
	}

	String inUrl() {
		return this.width + "x" + this.height;
	}

}
