package dev.httpstatus.server.resource;

/** One item of the collection: its name, its version (the ETag), and whether it is locked. */
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

    /** The item as the state store keeps it: version, lock and name, the name last since it may hold anything. */
    String stored() {
        return version + "|" + (locked ? "locked" : "open") + "|" + name;
    }

    /** The item {@code id} from what {@link #stored} made. */
    static Resource fromStored(String id, String stored) {
        String[] parts = stored.split("\\|", 3);
        return new Resource(id, parts[2], Integer.parseInt(parts[0]), parts[1].equals("locked"));
    }
}
