package org.haian.strata.analytics.projection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * A view of a database that lets a number of writes through and fails every later one, as if the process had died
 * right after them; and that counts the writes it let through. Each operation of a bulk write counts as one write,
 * so a process may die in the middle of a bulk write, as it may against a real server.
 */
final class DyingDatabase {

    private static final Set<String> WRITES = Set.of("insertOne", "updateOne", "updateMany", "replaceOne",
            "deleteOne", "deleteMany", "findOneAndUpdate", "findOneAndReplace", "findOneAndDelete");
    private static final Set<String> BULK_WRITES = Set.of("bulkWrite", "insertMany");

    private final AtomicInteger written = new AtomicInteger();
    private final int survived;

    private DyingDatabase(int survived) {
        this.survived = survived;
    }

    /** A view of the database on which the process dies after this many writes. */
    static DyingDatabase after(int writes) {
        return new DyingDatabase(writes);
    }

    /** A view of the database that only counts the writes. */
    static DyingDatabase never() {
        return new DyingDatabase(Integer.MAX_VALUE);
    }

    int written() {
        return written.get();
    }

    MongoDatabase over(MongoDatabase database) {
        return proxy(MongoDatabase.class, (proxy, method, args) -> {
            Object result = invoke(database, method, args);
            return result instanceof MongoCollection<?> collection ? dying(collection) : result;
        });
    }

    private MongoCollection<?> dying(MongoCollection<?> collection) {
        return proxy(MongoCollection.class, (proxy, method, args) -> {
            if (WRITES.contains(method.getName()) && written.getAndIncrement() >= survived) {
                throw new ProcessDied();
            }
            if (BULK_WRITES.contains(method.getName())) {
                List<?> operations = (List<?>) args[0];
                int left = Math.max(0, survived - written.get());
                if (left < operations.size()) {
                    written.addAndGet(left);
                    if (left > 0) {
                        Object[] partly = args.clone();
                        partly[0] = operations.subList(0, left);
                        invoke(collection, method, partly);
                    }
                    throw new ProcessDied();
                }
                written.addAndGet(operations.size());
            }
            return invoke(collection, method, args);
        });
    }

    /** The process died here; what it wrote before stays written. */
    static final class ProcessDied extends RuntimeException {

        ProcessDied() {
            super("the process died");
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            // What the driver threw, unwrapped.
            throw e.getCause();
        }
    }
}
