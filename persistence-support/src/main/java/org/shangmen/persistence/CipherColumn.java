package org.shangmen.persistence;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.ReEncryption;

/**
 * One encrypted column of a module's table brought to the active key after a key rotation, a batch
 * of rows per transaction; each row is updated only if it still holds the value read (a concurrent change wins).
 */
public class CipherColumn implements ReEncryption {

    private final String name;
    private final String table;
    private final String idColumn;
    private final String column;
    private final Jdbi jdbi;
    private final FieldCipher cipher;

    public CipherColumn(String name, String table, String idColumn, String column, Jdbi jdbi, FieldCipher cipher) {
        this.name = name;
        this.table = table;
        this.idColumn = idColumn;
        this.column = column;
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long remaining() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL AND "
                + column + " NOT LIKE :prefix").bind("prefix", cipher.activePrefix() + "%").mapTo(Long.class).one());
    }

    @Override
    public int reEncryptBatch(int size) {
        return jdbi.inTransaction(h -> {
            List<Object[]> rows = h.createQuery("SELECT " + idColumn + ", " + column + " FROM " + table + " WHERE " + column
                            + " IS NOT NULL AND " + column + " NOT LIKE :prefix ORDER BY " + idColumn + " FETCH FIRST :size ROWS ONLY")
                    .bind("prefix", cipher.activePrefix() + "%").bind("size", size)
                    .map((rs, ctx) -> new Object[] {rs.getObject(1), rs.getString(2)}).list();
            int done = 0;
            for (Object[] row : rows) {
                done += h.createUpdate("UPDATE " + table + " SET " + column + " = :next WHERE " + idColumn + " = :id AND " + column + " = :old")
                        .bind("next", cipher.reEncrypt((String) row[1])).bind("id", row[0]).bind("old", (String) row[1]).execute();
            }
            return done;
        });
    }
}
