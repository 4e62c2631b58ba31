package dev.httpstatus.server.resource;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The items of one scope, and the ids deleted from it (which answer 410 Gone). Bounded in size. */
final class Collection {
    static final int MAX_ITEMS = 1000;

    private final Map<String, Resource> items = new LinkedHashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private int nextId = 1;

    synchronized List<Resource> snapshot() {
        return List.copyOf(items.values());
    }

    synchronized Optional<Resource> get(String id) {
        return Optional.ofNullable(items.get(id));
    }

    synchronized boolean wasDeleted(String id) {
        return deleted.contains(id);
    }

    synchronized boolean isFull() {
        return items.size() >= MAX_ITEMS;
    }

    /** Whether another item than {@code exceptId} already has {@code name}. */
    synchronized boolean nameTaken(String name, String exceptId) {
        return items.values().stream().anyMatch(r -> r.name().equals(name) && !r.id().equals(exceptId));
    }

    synchronized Resource create(String name) {
        Resource resource = new Resource(Integer.toString(nextId++), name, 1, false);
        items.put(resource.id(), resource);
        return resource;
    }

    synchronized void put(Resource resource) {
        items.put(resource.id(), resource);
    }

    synchronized void delete(String id) {
        items.remove(id);
        deleted.add(id);
        if (deleted.size() > MAX_ITEMS) {
            deleted.remove(deleted.iterator().next());
        }
    }
}
