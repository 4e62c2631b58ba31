/** Internals of the registry: text bundles, search and patterns. Not exported; not an API. */
package dev.httpstatus.internal;
