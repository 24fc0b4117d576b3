package org.shangmen.billing.adapter.in.web;

import java.util.List;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.billing.adapter.in.web.CustomerPackageController.OfferView;
import org.shangmen.billing.adapter.in.web.CustomerPackageController.PackageView;
import org.shangmen.billing.adapter.in.web.CustomerPackageController.VisitView;
import org.shangmen.billing.adapter.in.web.PackageOfferAdminController.OfferSetting;
import org.shangmen.billing.application.port.in.BuyPackages.OfferQuote;
import org.shangmen.billing.domain.PackageOffer;
import org.shangmen.billing.domain.PackageVisit;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.web.WebViews;

/** Prepaid packages as customers and operators see them: times in the city's offset, amounts in fen, labels in the caller's language. */
@Mapper
abstract class PackageViews extends WebViews {

    @Mapping(target = "label", expression = "java(offerLabel(offer.visits(), offer.discountBp()))")
    abstract OfferView offer(OfferQuote offer);

    abstract List<OfferView> offers(List<OfferQuote> offers);

    @Mapping(target = "packageId", source = "id")
    @Mapping(target = "visitsUsed", source = "used")
    @Mapping(target = "visitsLeft", expression = "java(pkg.visitsLeft())")
    @Mapping(target = "shareFen", expression = "java(pkg.priceFen() / pkg.visits())")
    @Mapping(target = "remainingFen", expression = "java(pkg.remainingFen())")
    @Mapping(target = "status", expression = "java(pkg.state())")
    @Mapping(target = "statusLabel", expression = "java(label(\"billing.package-status.\" + pkg.state(), locale))")
    abstract PackageView pkg(PrepaidPackage pkg, @Context Locale locale);

    abstract List<PackageView> packages(List<PrepaidPackage> packages, @Context Locale locale);

    @Mapping(target = "statusLabel", expression = "java(label(\"billing.package-visit-status.\" + visit.status().name(), locale))")
    abstract VisitView visit(PackageVisit visit, @Context Locale locale);

    abstract List<VisitView> visits(List<PackageVisit> visits, @Context Locale locale);

    @Mapping(target = "label", expression = "java(offerLabel(offer.visits(), offer.discountBp()))")
    abstract OfferSetting setting(PackageOffer offer);

    abstract List<OfferSetting> settings(List<PackageOffer> offers);

    /** "10次 9折", "4次 9.5折", "8次" without a discount. */
    static String offerLabel(int visits, int discountBp) {
        return visits + "次" + (discountBp == 0 ? "" : " " + java.math.BigDecimal.valueOf(10_000L - discountBp, 3).stripTrailingZeros()
                .toPlainString() + "折");
    }
}
