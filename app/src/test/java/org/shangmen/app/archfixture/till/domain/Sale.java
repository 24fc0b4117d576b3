package org.shangmen.app.archfixture.till.domain;

public record Sale(String item, long amountFen) {
}
