package org.shangmen.analytics.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.shangmen.analytics.application.port.in.Insights;
import org.shangmen.analytics.application.port.out.InsightQueries;
import org.shangmen.analytics.application.port.out.InsightQueries.CohortCell;
import org.shangmen.analytics.application.port.out.InsightQueries.DayCount;
import org.shangmen.analytics.application.port.out.InsightQueries.WorkerStats;
import org.shangmen.analytics.domain.InsightFilter;

import org.springframework.transaction.annotation.Transactional;

/** A4.2: the insights from the store's sums; the arithmetic the README defines. */
public class InsightService implements Insights {

    private static final int WORDS = 30;

    private final InsightQueries queries;

    public InsightService(InsightQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public DemandTrend demand(InsightFilter filter, String granularity) {
        String g = Labels.require(Labels.GRANULARITIES, granularity, "analytics.granularity-invalid");
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (LocalDate day = bucket(filter.from(), g); day.isBefore(filter.until()); day = next(day, g)) {
            buckets.put(day, new long[7]);
        }
        long[] totals = new long[5];
        for (DayCount d : queries.demandByDay(filter)) {
            long[] b = buckets.computeIfAbsent(bucket(d.day(), g), k -> new long[7]);
            b[0] += d.orders();
            b[1] += d.completed();
            b[2] += d.amountFen();
            b[3] += d.discountFen();
            totals[0] += d.orders();
            totals[1] += d.completed();
            totals[2] += d.amountFen();
            totals[3] += d.discountFen();
        }
        for (DayCount d : queries.demandByDay(filter.lastYear())) {
            long[] b = buckets.computeIfAbsent(bucket(d.day().plusYears(1), g), k -> new long[7]);
            b[4] += d.orders();
            b[5] += d.completed();
            b[6] += d.amountFen();
            totals[4] += d.orders();
        }
        List<DemandPoint> points = new ArrayList<>();
        buckets.forEach((day, b) -> points.add(new DemandPoint(day.toString(), b[0], b[1], b[2], b[3], b[4], b[5], b[6])));
        long all = totals[0];
        List<ItemShare> items = queries.itemMix(filter).stream()
                .map(i -> new ItemShare(i.itemCode(), i.orders(), ratio(i.orders(), all), i.completed(), i.amountFen())).toList();
        return new DemandTrend(g, Labels.GRANULARITIES.get(g), filter.from(), filter.until(), totals[0], totals[1], totals[2], totals[3],
                totals[4], points, items);
    }

    /** The first day of the day's bucket: the day, its week's Monday or its month's first. */
    static LocalDate bucket(LocalDate day, String granularity) {
        return switch (granularity) {
            case "WEEK" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "MONTH" -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private static LocalDate next(LocalDate bucket, String granularity) {
        return switch (granularity) {
            case "WEEK" -> bucket.plusWeeks(1);
            case "MONTH" -> bucket.plusMonths(1);
            default -> bucket.plusDays(1);
        };
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerQuality workerQuality(InsightFilter filter, String groupBy) {
        String by = Labels.require(Labels.WORKER_GROUPS, groupBy, "analytics.group-invalid");
        Map<String, List<WorkerStats>> groups = new TreeMap<>();
        for (WorkerStats w : queries.workerStats(filter)) {
            switch (by) {
                case "SKILL" -> w.skills().forEach(s -> groups.computeIfAbsent(s, k -> new ArrayList<>()).add(w));
                case "DISTRICT" -> groups.computeIfAbsent(w.districtCode() == null ? "UNKNOWN" : w.districtCode(), k -> new ArrayList<>())
                        .add(w);
                default -> groups.computeIfAbsent(Labels.experienceBand(w.experienceYears()), k -> new ArrayList<>()).add(w);
            }
        }
        List<WorkerGroupLine> lines = new ArrayList<>();
        groups.forEach((key, workers) -> {
            long completed = workers.stream().mapToLong(WorkerStats::completed).sum();
            long reviews = workers.stream().mapToLong(WorkerStats::reviews).sum();
            long stars = workers.stream().mapToLong(WorkerStats::starsSum).sum();
            long complaints = workers.stream().mapToLong(WorkerStats::complaints).sum();
            long checked = workers.stream().mapToLong(WorkerStats::checkedIn).sum();
            long onTime = workers.stream().mapToLong(WorkerStats::onTime).sum();
            long customers = workers.stream().mapToLong(WorkerStats::customers).sum();
            long repeat = workers.stream().mapToLong(WorkerStats::repeatCustomers).sum();
            lines.add(new WorkerGroupLine(key, Labels.group(by, key), workers.size(), completed, reviews, round(ratio(stars, reviews), 2),
                    spread(workers.stream().filter(w -> w.reviews() > 0).toList(), w -> (double) w.starsSum() / w.reviews()), complaints,
                    per1000(complaints, completed),
                    spread(workers.stream().filter(w -> w.completed() > 0).toList(), w -> 1000.0 * w.complaints() / w.completed()),
                    ratio(onTime, checked), spread(workers.stream().filter(w -> w.checkedIn() > 0).toList(),
                            w -> (double) w.onTime() / w.checkedIn()),
                    ratio(repeat, customers), spread(workers.stream().filter(w -> w.customers() > 0).toList(),
                            w -> (double) w.repeatCustomers() / w.customers())));
        });
        return new WorkerQuality(by, Labels.WORKER_GROUPS.get(by), lines);
    }

    /** Quartiles by linear interpolation between the sorted values (as a spreadsheet's PERCENTILE.INC). */
    static Spread spread(List<WorkerStats> workers, ToDoubleFunction<WorkerStats> figure) {
        double[] v = workers.stream().mapToDouble(figure).sorted().toArray();
        if (v.length == 0) {
            return new Spread(0, 0, 0, 0, 0, 0);
        }
        return new Spread(v.length, round(v[0], 4), round(percentile(v, 0.25), 4), round(percentile(v, 0.5), 4),
                round(percentile(v, 0.75), 4), round(v[v.length - 1], 4));
    }

    static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    @Override
    @Transactional(readOnly = true)
    public Retention retention(InsightFilter filter) {
        Map<Integer, Map<Integer, Long>> cells = new TreeMap<>();
        for (CohortCell c : queries.cohorts(filter)) {
            cells.computeIfAbsent(c.cohortMonth(), k -> new TreeMap<>()).put(c.activeMonth(), c.customers());
        }
        int last = org.shangmen.analytics.domain.Facts.month(filter.until().minusDays(1));
        List<Cohort> cohorts = new ArrayList<>();
        cells.forEach((month, active) -> {
            long size = active.getOrDefault(month, 0L);
            List<RetentionCell> later = new ArrayList<>();
            for (int m = month + 1; m <= last; m++) {
                long n = active.getOrDefault(m, 0L);
                later.add(new RetentionCell(m - month, monthText(m), n, ratio(n, size)));
            }
            cohorts.add(new Cohort(monthText(month), size, later));
        });
        return new Retention(cohorts);
    }

    static String monthText(int month) {
        return String.format("%04d-%02d", month / 12, month % 12 + 1);
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintRates complaintRates(InsightFilter filter, String groupBy) {
        String by = Labels.require(Labels.COMPLAINT_GROUPS, groupBy, "analytics.group-invalid");
        List<ComplaintLine> lines = new ArrayList<>(queries.complaintCounts(filter, by).stream()
                .map(g -> new ComplaintLine(g.key(), g.completed(), g.complaints(), per1000(g.complaints(), g.completed()))).toList());
        lines.sort(Comparator.comparingDouble(ComplaintLine::per1000).reversed().thenComparing(ComplaintLine::key));
        long completed;
        long complaints;
        if ("ITEM".equals(by)) {
            // An order of two items counts under both; the total counts it once.
            ComplaintRates whole = complaintRates(filter, "DISTRICT");
            completed = whole.completedOrders();
            complaints = whole.complaints();
        } else {
            completed = lines.stream().mapToLong(ComplaintLine::completedOrders).sum();
            complaints = lines.stream().mapToLong(ComplaintLine::complaints).sum();
        }
        return new ComplaintRates(by, Labels.COMPLAINT_GROUPS.get(by), completed, complaints, per1000(complaints, completed), lines);
    }

    private static double per1000(long complaints, long completed) {
        return completed == 0 ? 0 : round(1000.0 * complaints / completed, 2);
    }

    @Override
    @Transactional(readOnly = true)
    public Funnel funnel(InsightFilter filter) {
        InsightQueries.FunnelCounts c = queries.funnel(filter);
        long[] counts = {c.quotes(), c.submitted(), c.accepted(), c.paid(), c.completed()};
        String[] names = {"QUOTED", "SUBMITTED", "ACCEPTED", "PAID", "COMPLETED"};
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            steps.add(new FunnelStep(names[i], Labels.STEPS.get(names[i]), counts[i], i == 0 ? 1 : ratio(counts[i], counts[i - 1]),
                    ratio(counts[i], counts[0])));
        }
        List<LossLine> losses = c.losses().stream().map(l -> {
            String kind = Labels.lossKind(l.reason());
            return new LossLine(kind, Labels.LOSSES.get(kind), l.actor(), Labels.ACTORS.getOrDefault(String.valueOf(l.actor()), "未知"),
                    l.reason(), l.orders(), ratio(l.orders(), c.submitted()));
        }).toList();
        return new Funnel(steps, c.open(), losses);
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewContent reviews(InsightFilter filter) {
        InsightQueries.ReviewSums s = queries.reviews(filter);
        List<WordLine> words = queries.lowStarWords(filter, WORDS).stream().map(w -> new WordLine(w.word(), w.reviews(), w.hits())).toList();
        return new ReviewContent(s.count(), avg(s.attitude(), s.count()), avg(s.skill(), s.count()), avg(s.efficiency(), s.count()),
                avg(s.punctuality(), s.count()), avg(s.overall(), s.count()), s.lowStar(), words);
    }

    private static double avg(long sum, long count) {
        return round(ratio(sum, count), 2);
    }

    /** a / b rounded to four places; 0 when b is 0. */
    static double ratio(long a, long b) {
        return b == 0 ? 0 : round((double) a / b, 4);
    }

    static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerProfile customers(InsightFilter filter) {
        InsightQueries.CustomerCounts c = queries.customers(filter);
        long all = c.customers();
        int year = filter.until().minusDays(1).getYear();
        Map<String, Long> bands = new java.util.LinkedHashMap<>();
        Labels.AGE_BANDS.keySet().forEach(k -> bands.put(k, 0L));
        c.byBirthYear().forEach((born, n) -> bands.merge(Labels.ageBand(born == null ? null : year - born), n, Long::sum));
        List<Bar> ages = bands.entrySet().stream().map(e -> new Bar(e.getKey(), Labels.AGE_BANDS.get(e.getKey()), e.getValue(),
                ratio(e.getValue(), all))).toList();
        List<Bar> districts = c.byDistrict().entrySet().stream().map(e -> new Bar(e.getKey(), e.getKey(), e.getValue(),
                ratio(e.getValue(), all))).toList();
        List<Bar> frequency = List.of("1", "2", "3-5", "6+").stream().map(k -> new Bar(k, k + " 单", c.byFrequency().getOrDefault(k, 0L),
                ratio(c.byFrequency().getOrDefault(k, 0L), all))).toList();
        long orders = c.ordersByHour().values().stream().mapToLong(Long::longValue).sum();
        List<Bar> hours = c.ordersByHour().entrySet().stream().map(e -> new Bar(String.valueOf(e.getKey()),
                String.format("%02d:00", e.getKey()), e.getValue(), ratio(e.getValue(), orders))).toList();
        List<Bar> items = c.customersByItem().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Bar(e.getKey(), e.getKey(), e.getValue(), ratio(e.getValue(), all))).toList();
        return new CustomerProfile(all, ages, districts, frequency, hours, items);
    }
}
