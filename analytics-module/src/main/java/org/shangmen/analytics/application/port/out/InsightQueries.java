package org.shangmen.analytics.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.analytics.domain.InsightFilter;

/** The store's reading side: sums over the facts, the insights' raw material. */
public interface InsightQueries {

    /** Orders by the local day they were submitted, with the completed ones' amounts. */
    List<DayCount> demandByDay(InsightFilter filter);

    List<ItemCount> itemMix(InsightFilter filter);

    /** Per worker: completed orders in the period (by completion day) and what they say about the worker. */
    List<WorkerStats> workerStats(InsightFilter filter);

    /** Customers active in each month, by the month of their first order (cohort). */
    List<CohortCell> cohorts(InsightFilter filter);

    /** Completed orders and complaints filed in the period, by item, district or worker. */
    List<GroupCount> complaintCounts(InsightFilter filter, String groupBy);

    FunnelCounts funnel(InsightFilter filter);

    ReviewSums reviews(InsightFilter filter);

    List<WordCount> lowStarWords(InsightFilter filter, int limit);

    CustomerCounts customers(InsightFilter filter);

    /** Customers who ordered in the period: by birth year (null unknown), district, orders placed; orders by start hour; items. */
    record CustomerCounts(long customers, java.util.Map<Integer, Long> byBirthYear, java.util.Map<String, Long> byDistrict,
                          java.util.Map<String, Long> byFrequency, java.util.Map<Integer, Long> ordersByHour,
                          java.util.Map<String, Long> customersByItem) {
    }

    record DayCount(LocalDate day, long orders, long completed, long amountFen, long discountFen) {
    }

    record ItemCount(String itemCode, long orders, long completed, long amountFen) {
    }

    record WorkerStats(UUID workerId, long completed, long checkedIn, long onTime, long customers, long repeatCustomers, long reviews,
                       long starsSum, long complaints, int experienceYears, String districtCode, Set<String> skills) {
    }

    record CohortCell(int cohortMonth, int activeMonth, long customers) {
    }

    record GroupCount(String key, long completed, long complaints) {
    }

    record Loss(String actor, String reason, long orders) {
    }

    record FunnelCounts(long quotes, long submitted, long accepted, long paid, long completed, long open, List<Loss> losses) {
    }

    record ReviewSums(long count, long attitude, long skill, long efficiency, long punctuality, long overall, long lowStar) {
    }

    record WordCount(String word, long reviews, long hits) {
    }
}
