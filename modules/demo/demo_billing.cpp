#include "demo/demo_billing.h"

#include <algorithm>
#include <array>
#include <set>
#include <fmt/format.h>

#include "billing/money.h"
#include "common/local_time.h"
#include "common/locale_date.h"
#include "demo/demo_random.h"

namespace knotwork::demo {

using namespace knotwork::billing;
using boost::gregorian::days;
using schedule::Appointment;
using schedule::AppointmentStatus;
using schedule::Service;

namespace {

constexpr int kTaxBasisPoints = 1300;
constexpr Cents kLateCancelFee = 5000;  // tax included, as the policy states them
constexpr Cents kNoShowFee = 9000;
constexpr int kPackageVisits = 5;
constexpr const char* kWording = "Massage Therapy treatment";
constexpr std::array kMethods{PaymentMethod::Card, PaymentMethod::ETransfer, PaymentMethod::Cash, PaymentMethod::Cheque};
constexpr std::array kMethodShares{52, 30, 13, 5};  // percent
constexpr std::array kOutsideRecipients{"Jordan Ellis", "Priya Raman", "Sam Okoro"};
constexpr std::string_view kCodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

// A Toronto massage therapist's fees (before HST).
Cents feeOf(const Service& service)
{
    if (service.kind == schedule::ServiceKind::InitialAssessment)
        return 13000;
    if (service.kind == schedule::ServiceKind::FollowUp)
        return 7000;
    return (2500 + service.minutes * 150 + 250) / 500 * 500;
}

Cents wholeDollars(Cents amount)
{
    return amount / 100 * 100;
}

// One year of check-outs, appended in date order: an invoice's position is its number's order.
class DemoYear {
public:
    DemoYear(std::uint64_t seed, const Date& referenceDay, const std::map<ClientId, std::string>& names,
             const std::vector<Service>& services)
        : m_random(seed), m_referenceDay(referenceDay), m_names(names)
    {
        for (const Service& service : services)
            m_services[service.id] = service;
    }

    BillingImport& records() { return m_records; }

    // Clients who come often enough for a package of the service they book.
    void offerPackages(const std::vector<Appointment>& visits)
    {
        std::map<std::pair<ClientId, schedule::ServiceId>, int> completed;
        for (const Appointment& visit : visits)
            if (visit.status == AppointmentStatus::Completed)
                ++completed[{visit.clientId, visit.serviceId}];
        std::vector<std::pair<ClientId, schedule::ServiceId>> regulars;
        for (const auto& [key, count] : completed)
            if (count > kPackageVisits)
                regulars.push_back(key);
        for (int i = 0; i < 2 && !regulars.empty(); ++i) {
            const std::size_t chosen = static_cast<std::size_t>(m_random.below(static_cast<int>(regulars.size())));
            m_packageBuyers[regulars[chosen]] = std::nullopt;
            regulars.erase(regulars.begin() + static_cast<std::ptrdiff_t>(chosen));
        }
    }

    // Three certificates through the year: two given to clients who come in after, one to
    // someone who has not come yet (still owed at the year's end).
    void planCertificates(const std::vector<Appointment>& visits, const Date& first)
    {
        for (int i = 0; i < 3 && !visits.empty(); ++i) {
            const Date soldOn = first + days(45 + 115 * i);
            const Appointment& buyer = m_random.pick(visits);
            std::optional<ClientId> recipient;
            if (i < 2)
                for (const Appointment& visit : visits)
                    if (visit.start.date() > soldOn + days(7) && visit.clientId != buyer.clientId
                        && m_random.percent(2)) {
                        recipient = visit.clientId;
                        break;
                    }
            m_plannedCertificates.push_back({soldOn, buyer.clientId, recipient});
        }
    }

    void sellCertificatesUpTo(const Date& day)
    {
        while (m_soldCertificates < m_plannedCertificates.size()
               && m_plannedCertificates[m_soldCertificates].soldOn <= day) {
            const PlannedCertificate& planned = m_plannedCertificates[m_soldCertificates++];
            GiftCertificate certificate;
            certificate.code = "GC-" + codePart() + "-" + codePart();
            certificate.purchaserId = planned.buyer;
            certificate.recipientName =
                planned.recipient ? m_names.at(*planned.recipient) : m_random.pick(kOutsideRecipients);
            certificate.amountCents = 5000 * m_random.between(2, 4);
            certificate.soldOn = planned.soldOn;
            Invoice sale = invoiceFor(planned.buyer, planned.soldOn);
            sale.lines.push_back({ChargeKind::GiftCertificateSale,
                                  "Gift certificate " + certificate.code + " for " + certificate.recipientName,
                                  std::nullopt, std::nullopt, 0, certificate.amountCents, 0, ""});
            certificate.saleInvoiceId = issue(sale);
            pay(certificate.saleInvoiceId, planned.buyer, planned.soldOn, PaymentMethod::Card, certificate.amountCents);
            if (planned.recipient)
                m_certificateOf[*planned.recipient] = m_records.certificates.size();
            m_records.certificates.push_back(certificate);
        }
    }

    void checkOut(const Appointment& visit)
    {
        const Date day = visit.start.date();
        const Service& service = m_services.at(visit.serviceId);
        if (const auto buyer = m_packageBuyers.find({visit.clientId, visit.serviceId}); buyer != m_packageBuyers.end()) {
            if (!buyer->second)
                buyer->second = sellPackage(visit, service);
            Package& package = m_records.packages[*buyer->second];
            if (package.visitsUsed < package.visits) {
                payFromPackage(visit, package, static_cast<long long>(*buyer->second));
                return;
            }
        }
        if (!m_corrected && service.minutes == 60 && day >= m_referenceDay - days(200)) {
            correctWrongFee(visit, service);
            return;
        }
        const long long invoice = issue(visitInvoice(visit, service, service.feeCents));
        Cents due = m_records.invoices.back().totalCents;
        if (const auto certificate = m_certificateOf.find(visit.clientId); certificate != m_certificateOf.end()) {
            const Cents redeemed = std::min(due, m_records.certificates[certificate->second].amountCents);
            Payment& payment = pay(invoice, visit.clientId, day, PaymentMethod::GiftCertificate, redeemed);
            payment.giftCertificateId = static_cast<long long>(certificate->second);
            m_certificateOf.erase(certificate);
            due -= redeemed;
        }
        if (due > 0)
            takeMoney(invoice, visit.clientId, due, day);
    }

    // A late cancellation or a missed visit: charged now and then (often waived), paid within
    // two weeks, mostly.
    void chargeFee(const Appointment& visit)
    {
        if (!m_random.percent(60))
            return;
        const Date day = visit.start.date();
        const bool late = visit.status == AppointmentStatus::LateCancelled;
        const Cents fee = late ? kLateCancelFee : kNoShowFee;
        const Cents tax = taxIncludedIn(fee, kTaxBasisPoints);
        Invoice invoice = invoiceFor(visit.clientId, day);
        invoice.appointmentId = visit.id;
        invoice.lines.push_back({late ? ChargeKind::LateCancellation : ChargeKind::NoShow,
                                 fmt::format("{}: visit of {}", late ? "Late cancellation fee" : "Missed visit fee",
                                             mediumDate(day)),
                                 visit.id, day, 0, fee - tax, tax, ""});
        const long long position = issue(invoice);
        const Date paidOn = day + days(m_random.between(3, 14));
        if (paidOn < m_referenceDay && m_random.percent(80))
            pay(position, visit.clientId, paidOn, PaymentMethod::Card, fee);
    }

private:
    struct PlannedCertificate {
        Date soldOn;
        ClientId buyer;
        std::optional<ClientId> recipient;
    };

    std::string codePart()
    {
        std::string part;
        for (int i = 0; i < 4; ++i)
            part += m_random.pick(kCodeLetters);
        return part;
    }

    Invoice invoiceFor(ClientId client, const Date& day) const
    {
        Invoice invoice;
        invoice.clientId = client;
        invoice.billedTo = m_names.at(client);
        invoice.issuedOn = day;
        invoice.taxName = "HST";
        invoice.taxBasisPoints = kTaxBasisPoints;
        return invoice;
    }

    Invoice visitInvoice(const Appointment& visit, const Service& service, Cents fee) const
    {
        Invoice invoice = invoiceFor(visit.clientId, visit.start.date());
        invoice.appointmentId = visit.id;
        invoice.lines.push_back({ChargeKind::Visit, fmt::format("{}, {} min", kWording, visit.minutes), visit.id,
                                 visit.start.date(), visit.minutes, fee,
                                 service.taxable ? taxOn(fee, kTaxBasisPoints) : 0, service.cptCode});
        return invoice;
    }

    // Appends the invoice with its totals; returns its position.
    long long issue(Invoice invoice)
    {
        for (const InvoiceLine& line : invoice.lines) {
            invoice.subtotalCents += line.amountCents;
            invoice.taxCents += line.taxCents;
        }
        invoice.totalCents = invoice.subtotalCents + invoice.taxCents;
        m_records.invoices.push_back(std::move(invoice));
        return static_cast<long long>(m_records.invoices.size()) - 1;
    }

    Payment& pay(long long invoice, ClientId client, const Date& day, PaymentMethod method, Cents amount,
                 Cents tip = 0)
    {
        Payment& payment = m_records.payments.emplace_back();
        payment.invoiceId = invoice;
        payment.clientId = client;
        payment.receivedOn = day;
        payment.method = method;
        payment.amountCents = amount;
        payment.tipCents = tip;
        if (method == PaymentMethod::Cheque)
            payment.reference = fmt::format("{:06}", m_random.between(100, 999));
        if (method == PaymentMethod::ETransfer)
            payment.reference = fmt::format("CA{:08}", m_random.between(0, 99999999));
        return payment;
    }

    PaymentMethod someMethod()
    {
        int roll = m_random.below(100);
        for (std::size_t i = 0; i < kMethods.size(); ++i) {
            if (roll < kMethodShares[i])
                return kMethods[i];
            roll -= kMethodShares[i];
        }
        return PaymentMethod::Card;
    }

    // Most pay in full on the day (a tip now and then); a few pay part and settle within three
    // weeks; some of the last week's are still owing.
    void takeMoney(long long invoice, ClientId client, Cents due, const Date& day)
    {
        const int roll = m_random.below(100);
        if (day >= m_referenceDay - days(7) && roll < 10)
            return;
        if (roll < 13) {
            const Cents now = wholeDollars(due / 2);
            pay(invoice, client, day, someMethod(), now);
            if (const Date later = day + days(m_random.between(7, 21)); later < m_referenceDay)
                pay(invoice, client, later, PaymentMethod::ETransfer, due - now);
            return;
        }
        const PaymentMethod method = someMethod();
        const bool tips = (method == PaymentMethod::Card || method == PaymentMethod::Cash) && m_random.percent(15);
        pay(invoice, client, day, method, due, tips ? wholeDollars(due * m_random.between(10, 15) / 100) : 0);
    }

    std::size_t sellPackage(const Appointment& visit, const Service& service)
    {
        const Date day = visit.start.date();
        Package package;
        package.clientId = visit.clientId;
        package.serviceId = service.id;
        package.name = fmt::format("{} × {}", kPackageVisits, service.name);
        package.visits = kPackageVisits;
        package.priceCents = wholeDollars((service.feeCents + taxOn(service.feeCents, kTaxBasisPoints)) * kPackageVisits
                                          * 9 / 10);
        package.soldOn = day;
        Invoice sale = invoiceFor(visit.clientId, day);
        sale.lines.push_back({ChargeKind::PackageSale, "Prepaid package: " + package.name, std::nullopt, std::nullopt,
                              0, package.priceCents, 0, ""});
        package.saleInvoiceId = issue(sale);
        pay(package.saleInvoiceId, visit.clientId, day, PaymentMethod::Card, package.priceCents);
        m_records.packages.push_back(package);
        return m_records.packages.size() - 1;
    }

    // The visit at its share of the package's price, tax included, paid from the package.
    void payFromPackage(const Appointment& visit, Package& package, long long position)
    {
        const Cents share = shareOf(package.priceCents, package.visits, package.visitsUsed);
        const Cents tax = taxIncludedIn(share, kTaxBasisPoints);
        Invoice invoice = visitInvoice(visit, m_services.at(visit.serviceId), share - tax);
        invoice.lines.back().taxCents = tax;
        invoice.lines.back().description +=
            fmt::format(" (prepaid package, visit {} of {})", package.visitsUsed + 1, package.visits);
        invoice.packageId = position;
        const long long stored = issue(invoice);
        pay(stored, visit.clientId, visit.start.date(), PaymentMethod::Package, share).packageId = position;
        ++package.visitsUsed;
    }

    // The 90-minute fee charged for an hour's visit, voided that afternoon and issued again.
    void correctWrongFee(const Appointment& visit, const Service& service)
    {
        m_corrected = true;
        const Date day = visit.start.date();
        Invoice wrong = visitInvoice(visit, service, service.feeCents + 4500);
        wrong.status = InvoiceStatus::Void;
        wrong.voidedAt = utcOfLocal(localTimeOn(day, boost::posix_time::hours(17)));
        wrong.voidReason = "Charged the 90-minute fee for a 60-minute visit";
        const long long voided = issue(wrong);
        Invoice corrected = visitInvoice(visit, service, service.feeCents);
        corrected.replaces = voided;
        const long long invoice = issue(corrected);
        takeMoney(invoice, visit.clientId, m_records.invoices.back().totalCents, day);
    }

    DemoRandom m_random;
    Date m_referenceDay;
    const std::map<ClientId, std::string>& m_names;
    std::map<schedule::ServiceId, Service> m_services;
    BillingImport m_records;
    std::map<std::pair<ClientId, schedule::ServiceId>, std::optional<std::size_t>> m_packageBuyers;
    std::vector<PlannedCertificate> m_plannedCertificates;
    std::size_t m_soldCertificates = 0;
    std::map<ClientId, std::size_t> m_certificateOf;  // a recipient's certificate not yet redeemed
    bool m_corrected = false;
};

} // namespace

void fillDemoBilling(BillingStore& billing, schedule::ScheduleStore& book,
                     const std::map<ClientId, std::string>& names, std::uint64_t seed, const Date& referenceDay)
{
    BillingSettings settings = billing.settings();
    settings.taxName = "HST";
    settings.taxBasisPoints = kTaxBasisPoints;
    settings.taxNumber = "81234 5678 RT0001";
    billing.setSettings(settings);
    for (Service service : book.services()) {
        service.feeCents = feeOf(service);
        book.updateService(service);
    }
    schedule::CancellationPolicy policy = book.cancellationPolicy();
    policy.lateFeeCents = kLateCancelFee;
    policy.noShowFeeCents = kNoShowFee;
    book.setCancellationPolicy(policy);

    const Date first = referenceDay - days(365);
    std::vector<Appointment> visits = book.appointmentsBetween(localTimeOn(first, TimeOfDay()),
                                                               localTimeOn(referenceDay, TimeOfDay()));
    std::erase_if(visits, [&names](const Appointment& visit) {
        return visit.referralOnly || !names.contains(visit.clientId);
    });
    DemoYear year(seed, referenceDay, names, book.services());
    year.offerPackages(visits);
    year.planCertificates(visits, first);
    for (const Appointment& visit : visits) {
        year.sellCertificatesUpTo(visit.start.date());
        if (visit.status == AppointmentStatus::Completed)
            year.checkOut(visit);
        else if (visit.status == AppointmentStatus::LateCancelled || visit.status == AppointmentStatus::NoShow)
            year.chargeFee(visit);
    }
    billing.importBilling(year.records());
}

} // namespace knotwork::demo
