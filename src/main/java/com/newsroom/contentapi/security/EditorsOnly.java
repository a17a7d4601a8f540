package com.newsroom.contentapi.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The annotated GraphQL operation needs an {@code EDITOR} (or {@code ADMIN}) token:
 * Spring Security's method security checks the caller it resolved for the request
 * ({@link ApiTokenFilter}); without a token the field is {@code UNAUTHENTICATED}, with
 * another role {@code FORBIDDEN}, and only that field is refused.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('EDITOR')")
public @interface EditorsOnly {

}
