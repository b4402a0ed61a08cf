package dev.ficus.analyzer.source;

import com.github.javaparser.resolution.cache.Cache;
import com.github.javaparser.resolution.cache.CacheStats;
import com.github.javaparser.symbolsolver.cache.DefaultCacheStats;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A strong, thread-safe type cache for the shared {@code CombinedTypeSolver}: names
 * looked up once stay solved.
 */
final class ConcurrentTypeCache<K, V> implements Cache<K, V> {

    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    @Override
    public void put(K key, V value) {
        values.put(key, value);
    }

    @Override
    public Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void remove(K key) {
        values.remove(key);
    }

    @Override
    public void removeAll() {
        values.clear();
    }

    @Override
    public boolean contains(K key) {
        return values.containsKey(key);
    }

    @Override
    public long size() {
        return values.size();
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public CacheStats stats() {
        return new DefaultCacheStats();
    }

}
