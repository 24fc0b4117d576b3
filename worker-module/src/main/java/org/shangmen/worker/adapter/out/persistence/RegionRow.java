package org.shangmen.worker.adapter.out.persistence;

public record RegionRow(String code, String name, String level, String parentCode, boolean served) {
}
