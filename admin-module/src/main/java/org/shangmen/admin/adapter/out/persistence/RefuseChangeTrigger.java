package org.shangmen.admin.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's side of {@link AppendOnlyGuard}: every UPDATE or DELETE of an audit row fails. */
public class RefuseChangeTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
