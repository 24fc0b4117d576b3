-- Past business for the booking loop's history benchmark: :n completed orders of 1 000 past customers
-- served over the past years by the workers of Nanshan (440305), each with its calendar booking, its job
-- in booking's ledger, its dispatch case with three offers (one accepted, two gone), and one read notice
-- to its worker. Run after the demo city is seeded:  psql -v n=100000 -f benchmarks/scripts/plant-history.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE past_worker AS
    SELECT (row_number() OVER (ORDER BY worker_id) - 1) AS i, worker_id FROM worker.worker_district WHERE district_code = '440305';
CREATE TEMP TABLE past_order AS
    SELECT g, md5('past-o' || g)::uuid AS id, md5('past-c' || (g % 1000))::uuid AS customer_id,
           (SELECT worker_id FROM past_worker WHERE i = g % (SELECT count(*) FROM past_worker)) AS worker_id,
           date_trunc('hour', now()) - interval '1 day' - g * interval '10 minutes' AS s
    FROM generate_series(1, :n) g;
INSERT INTO booking.customer_order (id, customer_id, status, district_code, latitude, longitude, address_detail, contact_name,
        starts_at, ends_at, asap, lines_json, needs_json, basket_json, subtotal_fen, discount_fen, total_fen, estimated_minutes,
        requirements, worker_id, request_hash, created_at, updated_at, version)
    SELECT id, customer_id, 'COMPLETED', '440305', 22.53, 113.94, 'x', 'x', s, s + interval '2 hours', false, '[]', '[]', '[]',
           10000, 0, 10000, 120, '', worker_id, 'h', s - interval '1 day', s + interval '2 hours', 1 FROM past_order;
INSERT INTO worker.booking (order_id, worker_id, starts_at, ends_at, booked_at)
    SELECT id, worker_id, s, s + interval '2 hours', s - interval '1 day' FROM past_order;
INSERT INTO booking.worker_job (order_id, worker_id, starts_at, ends_at)
    SELECT id, worker_id, s, s + interval '2 hours' FROM past_order;
INSERT INTO dispatch.dispatch_case (order_id, customer_id, mode, state, rung, item_names, district_code, latitude, longitude,
        starts_at, ends_at, requirements, total_fen, worker_id, created_at, version)
    SELECT id, customer_id, 'BROADCAST', 'ASSIGNED', 1, '日常保洁', '440305', 22.53, 113.94, s, s + interval '2 hours', '', 10000,
           worker_id, s - interval '1 day', 1 FROM past_order;
INSERT INTO dispatch.offer (id, order_id, worker_id, step, status, score, distance_metres, offered_at, answered_at)
    SELECT gen_random_uuid(), o.id,
           CASE WHEN k = 0 THEN o.worker_id
                ELSE (SELECT worker_id FROM past_worker WHERE i = (o.g + k * 7) % (SELECT count(*) FROM past_worker)) END,
           'TARGETED', CASE WHEN k = 0 THEN 'ACCEPTED' ELSE 'GONE' END, 50, 1000, o.s - interval '1 day',
           o.s - interval '1 day' + interval '1 minute'
    FROM past_order o, generate_series(0, 2) k
    WHERE k = 0 OR (SELECT worker_id FROM past_worker WHERE i = (o.g + k * 7) % (SELECT count(*) FROM past_worker)) <> o.worker_id;
INSERT INTO notification.notice (id, recipient_id, dedupe_key, template, parameters, title, body, title_en, body_en, created_at, read_at)
    SELECT gen_random_uuid(), worker_id, 'past-' || g, 'OFFER_RECEIVED', '{}', '新订单待接单', '历史', 'New order offered', 'past',
           s - interval '1 day', s - interval '1 day' + interval '1 minute' FROM past_order;
COMMIT;
-- Vacuumed, analysed and checkpointed now, so that neither autovacuum nor the checkpointer works through the
-- planted rows while the loop is measured.
VACUUM (ANALYZE) booking.customer_order, worker.booking, booking.worker_job, dispatch.dispatch_case, dispatch.offer,
    notification.notice;
CHECKPOINT;
