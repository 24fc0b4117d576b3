package org.shangmen.analytics.adapter.out.text;

import org.shangmen.analytics.application.port.out.WordSegmenter;

/** The package-private HanLP segmenter for the load driver, which runs without Spring; ships in the benchmarks jar alone. */
public final class SegmenterForLoad {

    private SegmenterForLoad() {
    }

    public static WordSegmenter segmenter() {
        return new HanlpWordSegmenter();
    }
}
