/**
 * Rate limits shared by every instance of the service (counted in MongoDB), for features to use.
 */
package com.newsroom.contentapi.limits;
