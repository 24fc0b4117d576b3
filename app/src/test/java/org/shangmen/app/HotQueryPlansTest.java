package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot reads of the booking loop cost the same however long the history: with 100 000 past bookings,
 * jobs, offers, orders and notices planted, each read's plan (PostgreSQL's {@code EXPLAIN ANALYZE} of
 * the very statement and arguments the adapter sends, captured as it is sent) scans none of those tables
 * whole and touches only the few rows of the present. PostgreSQL only: H2's plans say nothing about
 * PostgreSQL's. Everything planted is rolled back.
 */
@PlatformTest
@EnabledIfSystemProperty(named = "shangmen.test.db-url", matches = "jdbc:postgresql:.*")
class HotQueryPlansTest {

    private static final int HISTORY = 100_000;
    /** At most this many rows of a big table read (kept or filtered out) by one hot statement. */
    private static final long MOST_ROWS_READ = 5_000;
    private static final Set<String> BIG_TABLES = Set.of("booking", "worker_job", "offer", "customer_order", "notice", "dispatch_case");

    @Autowired
    Jdbi jdbi;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WorkerCalendar calendar;
    @Autowired
    JobLedger jobs;
    @Autowired
    OrderStore orders;
    @Autowired
    OfferStore offers;
    @Autowired
    NoticeStore notices;

    private record Plan(String sql, JsonNode root) {
    }

    /** Runs EXPLAIN (ANALYZE, FORMAT JSON) of every query Jdbi sends on this thread, with its arguments, just before it is sent. */
    private final class PlanCapture implements SqlLogger {

        final Thread caller = Thread.currentThread();
        final List<Plan> plans = new ArrayList<>();
        final JsonMapper json = JsonMapper.builder().build();

        @Override
        public void logBeforeExecution(StatementContext context) {
            String parsed = context.getParsedSql().getSql();
            String head = parsed.stripLeading().toUpperCase(java.util.Locale.ROOT);
            if (Thread.currentThread() != caller || !(head.startsWith("SELECT") || head.startsWith("WITH"))) {
                return;
            }
            try (PreparedStatement explain = context.getConnection().prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + parsed)) {
                List<String> names = context.getParsedSql().getParameters().getParameterNames();
                for (int i = 0; i < names.size(); i++) {
                    Argument argument = context.getBinding().findForName(names.get(i), context)
                            .orElseThrow(() -> new IllegalStateException("unbound parameter"));
                    argument.apply(i + 1, explain, context);
                }
                try (ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    plans.add(new Plan(context.getRenderedSql(), json.readTree(rs.getString(1)).get(0).get("Plan")));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void plant() {
        sql.update("INSERT INTO worker.worker (account_id, certification, standing, work_state, created_at, updated_at) "
                + "SELECT md5('plan-w' || g)::uuid, 'APPROVED', 'ACTIVE', 'WORKING', now(), now() FROM generate_series(1, 200) g");
        sql.update("INSERT INTO worker.worker_skill (worker_id, skill) SELECT md5('plan-w' || g)::uuid, 'DAILY_CLEANING' "
                + "FROM generate_series(1, 200) g");
        sql.update("INSERT INTO worker.worker_district (worker_id, district_code) SELECT md5('plan-w' || g)::uuid, '440305' "
                + "FROM generate_series(1, 200) g");
        sql.update("INSERT INTO worker.weekly_hours (worker_id, day_of_week, start_minute, end_minute) "
                + "SELECT md5('plan-w' || g)::uuid, d, 480, 1080 FROM generate_series(1, 200) g, generate_series(1, 7) d");
        // The past: 100 000 visits over about two years, 500 a worker; the future: 5 a worker.
        String past = "now() - interval '1 day' - g * interval '10 minutes'";
        String future = "now() + interval '1 day' + g * interval '3 hours'";
        for (String when : List.of(past + " FROM generate_series(1, " + HISTORY + ") g", future + " FROM generate_series(1, 1000) g")) {
            sql.update("INSERT INTO worker.booking (order_id, worker_id, starts_at, ends_at, booked_at) "
                    + "SELECT gen_random_uuid(), md5('plan-w' || (g % 200 + 1))::uuid, s, s + interval '2 hours', s - interval '1 day' "
                    + "FROM (SELECT g, " + when + ") t(g, s)");
            sql.update("INSERT INTO booking.worker_job (order_id, worker_id, starts_at, ends_at) "
                    + "SELECT gen_random_uuid(), md5('plan-w' || (g % 200 + 1))::uuid, s, s + interval '2 hours' "
                    + "FROM (SELECT g, " + when + ") t(g, s)");
        }
        // 100 000 completed orders of 1 000 customers.
        sql.update("INSERT INTO booking.customer_order (id, customer_id, status, district_code, latitude, longitude, address_detail, "
                + "contact_name, starts_at, ends_at, asap, lines_json, needs_json, basket_json, subtotal_fen, discount_fen, total_fen, "
                + "estimated_minutes, requirements, worker_id, request_hash, created_at, updated_at, version) "
                + "SELECT gen_random_uuid(), md5('plan-c' || (g % 1000))::uuid, 'COMPLETED', '440305', 22.53, 113.94, 'x', 'x', s, "
                + "s + interval '2 hours', false, '[]', '[]', '[]', 10000, 0, 10000, 120, '', md5('plan-w' || (g % 200 + 1))::uuid, "
                + "'h', s - interval '1 day', s, 1 FROM (SELECT g, " + past + " FROM generate_series(1, " + HISTORY + ") g) t(g, s)");
        // 20 000 past dispatch cases with five offers each, most declined, one accepted.
        sql.update("INSERT INTO dispatch.dispatch_case (order_id, customer_id, mode, state, rung, item_names, district_code, latitude, "
                + "longitude, starts_at, ends_at, requirements, total_fen, created_at, version) "
                + "SELECT md5('plan-o' || g)::uuid, md5('plan-c' || (g % 1000))::uuid, 'BROADCAST', 'ASSIGNED', 1, '日常保洁', '440305', "
                + "22.53, 113.94, s, s + interval '2 hours', '', 10000, s - interval '1 day', 1 "
                + "FROM (SELECT g, now() - interval '8 days' - g * interval '50 minutes' FROM generate_series(1, 20000) g) t(g, s)");
        sql.update("INSERT INTO dispatch.offer (id, order_id, worker_id, step, status, score, distance_metres, offered_at, answered_at) "
                + "SELECT gen_random_uuid(), md5('plan-o' || g)::uuid, md5('plan-w' || ((g * 5 + k) % 200 + 1))::uuid, 'TARGETED', "
                + "CASE WHEN k = 0 THEN 'ACCEPTED' ELSE 'REJECTED' END, 50, 1000, s, s + interval '1 minute' "
                + "FROM (SELECT g, now() - interval '8 days' - g * interval '50 minutes' FROM generate_series(1, 20000) g) t(g, s), "
                + "generate_series(0, 4) k");
        // 100 000 read notices of 1 000 recipients, and one unread each.
        sql.update("INSERT INTO notification.notice (id, recipient_id, dedupe_key, template, parameters, title, body, title_en, body_en, "
                + "created_at, read_at) SELECT gen_random_uuid(), md5('plan-c' || (g % 1000))::uuid, 'plan-' || g, 'ORDER_PAID', '{}', "
                + "'t', 'b', 't', 'b', now() - g * interval '10 minutes', CASE WHEN g > 1000 THEN now() END "
                + "FROM generate_series(1, " + HISTORY + ") g");
        for (String table : List.of("worker.worker", "worker.booking", "worker.weekly_hours", "booking.worker_job", "booking.customer_order",
                "dispatch.dispatch_case", "dispatch.offer", "notification.notice")) {
            sql.execute("ANALYZE " + table);
        }
    }

    @Test
    @DisplayName("C2.3 A3.1 with 100 000 past bookings, jobs, offers, orders and notices the hot reads scan none of them and read few rows")
    void hotReadsLeaveHistoryOut() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            plant();
            PlanCapture capture = new PlanCapture();
            SqlStatements config = jdbi.getConfig(SqlStatements.class);
            SqlLogger before = config.getSqlLogger();
            config.setSqlLogger(capture);
            try {
                Instant now = Instant.now();
                TimeRange window = new TimeRange(now, now.plus(Duration.ofDays(14)));
                UUID worker = UUID.nameUUIDFromBytes(new byte[0]);
                calendar.eligibleFreeTime(List.of(new WorkerCalendar.Requirement(Skill.DAILY_CLEANING, Set.of())), RegionCode.of("440305"),
                        window);
                jobs.jobs(List.of(worker), window);
                offers.recentLoad(List.of(worker), now.minus(Duration.ofDays(7)));
                UUID customer = sql.queryForObject("SELECT md5('plan-c' || 7)::uuid", UUID.class);
                orders.previousWorker(customer, UUID.randomUUID());
                notices.unreadCount(customer);
            } finally {
                config.setSqlLogger(before);
            }
            assertThat(capture.plans).as("the five reads were explained").hasSizeGreaterThanOrEqualTo(5);
            for (Plan plan : capture.plans) {
                check(plan, plan.root());
            }
        });
    }

    private static void check(Plan plan, JsonNode node) {
        String relation = node.path("Relation Name").asString("");
        if (BIG_TABLES.contains(relation)) {
            assertThat(node.path("Node Type").asString("")).as("%s scans %s whole:%n%s", plan.sql(), relation, plan.root())
                    .isNotEqualTo("Seq Scan");
            double loops = Math.max(1, node.path("Actual Loops").asDouble(1));
            double read = (node.path("Actual Rows").asDouble(0) + node.path("Rows Removed by Filter").asDouble(0)
                    + node.path("Rows Removed by Index Recheck").asDouble(0)) * loops;
            assertThat(read).as("%s reads %.0f rows of %s:%n%s", plan.sql(), read, relation, plan.root()).isLessThanOrEqualTo(MOST_ROWS_READ);
            assertThat(node.path("Plan Rows").asDouble(0)).as("%s expects many rows of %s:%n%s", plan.sql(), relation, plan.root())
                    .isLessThanOrEqualTo(MOST_ROWS_READ);
        }
        for (JsonNode child : node.path("Plans")) {
            check(plan, child);
        }
    }
}
