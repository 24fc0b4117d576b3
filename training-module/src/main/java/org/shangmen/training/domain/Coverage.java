package org.shangmen.training.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a video a worker has watched, as merged second ranges. A lesson is watched only when the
 * ranges cover it from start to end (a few seconds of slack for players that stop early), never because
 * the client says so. Each report is credited at most the time that passed on the server since the
 * previous one (at double speed), so a client cannot claim an hour it did not spend.
 */
public record Coverage(List<int[]> ranges) {

    /** Seconds of the end a player may leave unplayed. */
    public static final int END_SLACK = 3;
    /** Fastest playback credited. */
    public static final int MAX_SPEED = 2;
    /** Seconds credited on top of the elapsed time, for network delay. */
    public static final int REPORT_SLACK = 5;
    private static final int MAX_RANGES = 200;

    public Coverage {
        ranges = List.copyOf(ranges);
    }

    public static Coverage empty() {
        return new Coverage(List.of());
    }

    /** "0-30,45-100" */
    public static Coverage parse(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String r : text.split(",")) {
                String[] ends = r.split("-");
                ranges.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
            }
        }
        return new Coverage(ranges);
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        for (int[] r : ranges) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(r[0]).append('-').append(r[1]);
        }
        return out.toString();
    }

    /**
     * Adds the watched range {@code [from, to]} of a video {@code duration} seconds long, credited at most
     * {@code elapsedSeconds * MAX_SPEED + REPORT_SLACK} seconds from {@code from}.
     */
    public Coverage add(int from, int to, int duration, long elapsedSeconds) {
        if (from < 0 || to <= from || to > duration + END_SLACK) {
            throw new IllegalArgumentException("range");
        }
        long credit = Math.max(0, elapsedSeconds) * MAX_SPEED + REPORT_SLACK;
        int end = (int) Math.min(Math.min(to, duration), from + credit);
        if (end <= from) {
            return this;
        }
        List<int[]> all = new ArrayList<>(ranges);
        all.add(new int[] {from, end});
        all.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : all) {
            if (!merged.isEmpty() && merged.getLast()[1] >= r[0]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        if (merged.size() > MAX_RANGES) {
            throw new IllegalArgumentException("too many ranges");
        }
        return new Coverage(merged);
    }

    public int watchedSeconds() {
        return ranges.stream().mapToInt(r -> r[1] - r[0]).sum();
    }

    public boolean covers(int duration) {
        return ranges.size() == 1 && ranges.getFirst()[0] <= END_SLACK && ranges.getFirst()[1] >= duration - END_SLACK;
    }
}
