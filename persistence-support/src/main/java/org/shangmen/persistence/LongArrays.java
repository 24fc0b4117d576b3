package org.shangmen.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.util.Collection;
import org.jdbi.v3.core.argument.Argument;
import org.postgresql.PGConnection;

/**
 * A {@code bigint} array argument. On PostgreSQL it is sent in the binary format, where the driver's general
 * array path writes every element as text into one string; thousands of elements a statement made that
 * string a measurable share of the statement's cost. Other databases: the driver's standard array.
 */
public final class LongArrays {

    private static final boolean DRIVER = CustomPlans.present("org.postgresql.PGConnection");

    private LongArrays() {
    }

    public static Argument of(Collection<Long> values) {
        long[] longs = new long[values.size()];
        int i = 0;
        for (Long v : values) {
            longs[i++] = v;
        }
        return (position, statement, context) -> {
            Connection connection = statement.getConnection();
            Array array;
            if (DRIVER && connection.isWrapperFor(PGConnection.class)) {
                array = connection.unwrap(PGConnection.class).createArrayOf("int8", longs);
            } else {
                Long[] boxed = new Long[longs.length];
                for (int k = 0; k < longs.length; k++) {
                    boxed[k] = longs[k];
                }
                array = connection.createArrayOf("bigint", boxed);
            }
            statement.setArray(position, array);
        };
    }
}
