package com.newsroom.contentapi.security;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApiTokenRepository extends MongoRepository<ApiToken, String> {

	Optional<ApiToken> findBySecretHashAndRevokedAtIsNull(String secretHash);

}
