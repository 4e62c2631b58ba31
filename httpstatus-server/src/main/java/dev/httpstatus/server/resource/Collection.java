package dev.httpstatus.server.resource;

import dev.httpstatus.server.state.StateStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The collection of one client in the state store: one map whose fields are its items ({@code item:3}) and the ids
 * deleted from it ({@code gone:2}, which answer 410 Gone), and a counter that hands out ids. Every change is a
 * compare-and-set on one field, so two replicas changing one item at once cannot both succeed.
 */
final class Collection {
    static final int MAX_ITEMS = 1000;
    private static final String ITEM = "item:";
    private static final String GONE = "gone:";

    /** The collection as read at once. */
    record Items(List<Resource> items, Set<Integer> gone) {
        Optional<Resource> get(String id) {
            return items.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        boolean wasDeleted(String id) {
            return id.matches("\\d{1,9}") && gone.contains(Integer.parseInt(id));
        }

        boolean isFull() {
            return items.size() >= MAX_ITEMS;
        }

        /** Whether another item than {@code exceptId} already has {@code name}. */
        boolean nameTaken(String name, String exceptId) {
            return items.stream().anyMatch(r -> r.name().equals(name) && !r.id().equals(exceptId));
        }
    }

    private final StateStore state;
    private final String map;
    private final String ids;

    Collection(StateStore state, String client) {
        this.state = state;
        this.map = "resources|" + client;
        this.ids = "resource-ids|" + client;
    }

    CompletionStage<Items> read() {
        return state.entries(map).thenApply(Collection::items);
    }

    CompletionStage<Resource> create(String name) {
        return state.increment(ids).thenCompose(id -> {
            Resource created = new Resource(Long.toString(id), name, 1, false);
            return state.replace(map, ITEM + created.id(), Optional.empty(), Optional.of(created.stored()))
                    .thenApply(done -> created);
        });
    }

    /** Replaces {@code old} by {@code updated}: false when the item changed since it was read. */
    CompletionStage<Boolean> replace(Resource old, Resource updated) {
        return state.replace(map, ITEM + old.id(), Optional.of(old.stored()), Optional.of(updated.stored()));
    }

    /** Deletes {@code old}, remembering its id among at most {@link #MAX_ITEMS}: false when it changed since. */
    CompletionStage<Boolean> delete(Resource old, Items read) {
        return state.replace(map, ITEM + old.id(), Optional.of(old.stored()), Optional.empty())
                .thenCompose(deleted -> {
                    if (!deleted) {
                        return CompletableFuture.completedFuture(false);
                    }
                    CompletionStage<Void> forgotten = read.gone().size() < MAX_ITEMS
                            ? CompletableFuture.completedFuture(null)
                            : state.put(map, GONE + read.gone().iterator().next(), Optional.empty());
                    return forgotten
                            .thenCompose(done -> state.put(map, GONE + old.id(), Optional.of("1")))
                            .thenApply(done -> true);
                });
    }

    private static Items items(Map<String, String> fields) {
        List<Resource> items = new ArrayList<>();
        Set<Integer> gone = new TreeSet<>();
        fields.forEach((field, value) -> {
            if (field.startsWith(ITEM)) {
                items.add(Resource.fromStored(field.substring(ITEM.length()), value));
            } else if (field.startsWith(GONE)) {
                gone.add(Integer.parseInt(field.substring(GONE.length())));
            }
        });
        items.sort(Comparator.comparingInt(r -> Integer.parseInt(r.id())));
        return new Items(List.copyOf(items), gone);
    }
}
