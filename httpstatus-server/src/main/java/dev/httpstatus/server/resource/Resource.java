package dev.httpstatus.server.resource;

/** One item of the in-memory collection: its name, its version (the ETag), and whether it is locked. */
record Resource(String id, String name, int version, boolean locked) {
    String etag() {
        return "\"" + id + "-v" + version + "\"";
    }

    Resource renamed(String newName) {
        return new Resource(id, newName, version + 1, locked);
    }

    Resource locked(boolean lock) {
        return new Resource(id, name, version, lock);
    }
}
