// BillingService: settings, the visit's charge and check-out, invoices, voids and corrections.
// Payments and refunds are in billing_payments.cpp, packages and gift certificates in
// billing_prepaid.cpp, accounts and the data of documents in billing_accounts.cpp.
#include "billing/billing_service.h"

#include <map>
#include <fmt/format.h>

#include "billing/billing_validation.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/locale_date.h"

namespace knotwork::billing {

using schedule::Appointment;
using schedule::AppointmentStatus;

namespace {

Cents netPaid(const std::vector<Payment>& payments)
{
    Cents paid = 0;
    for (const Payment& payment : payments)
        paid += payment.amountCents;
    return paid;
}

// The client's legal name as a receipt prints it: given names then family name.
// Read from the client's list row, not the chart: the front desk of a clinic server issues invoices.
std::string legalName(const clients::ClientListRow& client)
{
    return client.givenNames + " " + client.familyName;
}

void total(Invoice& invoice)
{
    invoice.subtotalCents = 0;
    invoice.taxCents = 0;
    for (const InvoiceLine& line : invoice.lines) {
        invoice.subtotalCents += line.amountCents;
        invoice.taxCents += line.taxCents;
    }
    invoice.totalCents = invoice.subtotalCents + invoice.taxCents;
}

[[noreturn]] void refuseVisit(const std::string& rule, const std::string& message)
{
    throw ValidationError("visit", rule, message);
}

} // namespace

Cents PaidInvoice::paidCents() const
{
    return netPaid(payments);
}

BillingService::BillingService(BillingStore& billing, schedule::ScheduleStore& book, clients::ClientService& clients,
                               const Clock& clock, UnitOfWork& actions)
    : m_billing(billing), m_book(book), m_clients(clients), m_clock(clock), m_actions(actions)
{
}

BillingSettings BillingService::saveSettings(const BillingSettings& settings)
{
    validateBillingSettings(settings);
    m_actions.run([&] { m_billing.setSettings(settings); });
    return m_billing.settings();
}

Invoice BillingService::newInvoice(ClientId client)
{
    const BillingSettings settings = m_billing.settings();
    Invoice invoice;
    invoice.clientId = client;
    invoice.billedTo = legalName(m_clients.clients().listRow(client, m_clock.today()));
    invoice.issuedOn = m_clock.today();
    invoice.currency = settings.currency;
    if (settings.chargesTax()) {
        invoice.taxName = settings.taxName;
        invoice.taxBasisPoints = settings.taxBasisPoints;
    }
    return invoice;
}

Invoice BillingService::visitCharge(const Appointment& visit, const std::optional<Package>& package)
{
    // A visit's service is in the book (the database's foreign key); an empty one charges nothing.
    const schedule::Service service = serviceOf(visit.serviceId).value_or(schedule::Service{});
    const schedule::CancellationPolicy policy = m_book.cancellationPolicy();
    const BillingSettings settings = m_billing.settings();

    Invoice invoice = newInvoice(visit.clientId);
    invoice.appointmentId = visit.id;
    InvoiceLine line;
    line.appointmentId = visit.id;
    line.serviceDate = visit.start.date();
    line.cptCode = service.cptCode;
    const bool taxed = service.taxable && !invoice.taxName.empty();
    const std::string visitDay = mediumDate(visit.start.date());
    Cents feeIncludingTax = 0;  // a fee that already includes its tax (ETA s. 182), or a package's share
    switch (visit.status) {
    case AppointmentStatus::Arrived:
    case AppointmentStatus::Completed:
        if (visit.referralOnly)
            refuseVisit("referral-only", _("A referral visit (no massage) is not charged as a treatment."));
        line.kind = ChargeKind::Visit;
        line.minutes = visit.minutes;
        line.description = formatMessage(_("{}, {} min"), settings.serviceWording, visit.minutes);
        if (package) {
            invoice.packageId = package->id;
            feeIncludingTax = package->nextVisitValue();
            line.description += " " + formatMessage(_("(prepaid package, visit {} of {})"), package->visitsUsed + 1,
                                                    package->visits);
        } else {
            line.amountCents = service.feeCents;
            line.taxCents = taxed ? taxOn(line.amountCents, invoice.taxBasisPoints) : 0;
        }
        break;
    case AppointmentStatus::LateCancelled:
        line.kind = ChargeKind::LateCancellation;
        line.description = formatMessage(_("Late cancellation fee: visit of {}"), visitDay);
        feeIncludingTax = policy.lateFeeCents;
        break;
    case AppointmentStatus::NoShow:
        line.kind = ChargeKind::NoShow;
        line.description = formatMessage(_("Missed visit fee: visit of {}"), visitDay);
        feeIncludingTax = policy.noShowFeeCents;
        break;
    default:
        refuseVisit("not-chargeable", _("Only a visit that took place, a late cancellation or a no-show is charged."));
    }
    if (line.kind != ChargeKind::Visit || package) {
        line.taxCents = taxed ? taxIncludedIn(feeIncludingTax, invoice.taxBasisPoints) : 0;
        line.amountCents = feeIncludingTax - line.taxCents;
    }
    if (line.amountCents + line.taxCents <= 0)
        refuseVisit("no-fee", line.kind == ChargeKind::Visit
                                  ? _("The visit's service has no fee: set one in Appointment book settings, Services.")
                                  : _("The cancellation policy sets no fee for this: set one in Appointment book "
                                      "settings, Cancellation policy."));
    invoice.lines.push_back(line);
    total(invoice);
    return invoice;
}

std::optional<schedule::Service> BillingService::serviceOf(schedule::ServiceId id)
{
    for (schedule::Service& one : m_book.services())
        if (one.id == id)
            return std::move(one);
    return std::nullopt;
}

Package BillingService::usablePackage(const Appointment& visit, PackageId id)
{
    const std::optional<Package> package = m_billing.findPackage(id);
    if (!package)
        throw ValidationError("package", "not-found", formatMessage(_("There is no package number {}."), id));
    if (package->clientId != visit.clientId || package->serviceId != visit.serviceId)
        throw ValidationError("package", "other-visit",
                              _("This package is for another client or another service than the visit's."));
    if (package->visitsLeft() <= 0)
        throw ValidationError("package", "used-up", _("Every visit of this package has been used."));
    return *package;
}

Appointment BillingService::visit(AppointmentId id)
{
    const std::optional<Appointment> visit = m_book.findAppointment(id);
    if (!visit)
        throw NotFoundError(formatMessage(_("There is no appointment number {} in this practice."), id));
    return *visit;
}

Invoice BillingService::chargeForVisit(AppointmentId id, std::optional<PackageId> fromPackage)
{
    const Appointment visit = this->visit(id);
    std::optional<Package> package;
    if (fromPackage)
        package = usablePackage(visit, *fromPackage);
    return visitCharge(visit, package);
}

std::vector<Package> BillingService::packagesFor(AppointmentId id)
{
    const Appointment visit = this->visit(id);
    std::vector<Package> usable;
    for (const Package& package : m_billing.packagesOf(visit.clientId))
        if (package.serviceId == visit.serviceId && package.visitsLeft() > 0)
            usable.push_back(package);
    return usable;
}

PaidInvoice BillingService::checkOut(AppointmentId id, const std::vector<PaymentDraft>& payments,
                                     std::optional<PackageId> fromPackage)
{
    validatePaymentDrafts(payments);
    return m_actions.result([&] {
        if (const std::optional<Invoice> existing = m_billing.invoiceForVisit(id))
            refuseVisit("invoiced", formatMessage(_("This visit is already on invoice {}."),
                                                  invoiceNumberText(existing->number)));
        const Invoice charge = chargeForVisit(id, fromPackage);
        std::vector<Payment> taken;
        if (charge.packageId) {
            taken.push_back(paymentOf(charge, PaymentMethod::Package, charge.totalCents));
            taken.back().packageId = charge.packageId;
        }
        const Cents dueInMoney = charge.packageId ? 0 : charge.totalCents;
        for (Payment& payment : paymentsFor(charge, payments, dueInMoney))
            taken.push_back(std::move(payment));
        const Invoice issued = m_billing.issueInvoice(charge);
        addPayments(issued, std::move(taken));
        return withPayments(issued);
    });
}

PaidInvoice BillingService::invoice(InvoiceId id)
{
    const std::optional<Invoice> found = m_billing.findInvoice(id);
    if (!found)
        throw NotFoundError(formatMessage(_("There is no invoice number {} in this practice."), id));
    return withPayments(*found);
}

PaidInvoice BillingService::invoiceByNumber(long long number)
{
    const std::optional<Invoice> found = m_billing.findInvoiceByNumber(number);
    if (!found)
        throw NotFoundError(formatMessage(_("There is no invoice {} in this practice."), invoiceNumberText(number)));
    return withPayments(*found);
}

std::optional<PaidInvoice> BillingService::invoiceForVisit(AppointmentId visit)
{
    if (const std::optional<Invoice> found = m_billing.invoiceForVisit(visit))
        return withPayments(*found);
    return std::nullopt;
}

std::vector<PaidInvoice> BillingService::invoicesIssuedBetween(const Date& from, const Date& to)
{
    // Two reads however many invoices: one query for each invoice's payments cost a month of a
    // busy practice (5,000 invoices) 170 ms.
    std::map<InvoiceId, std::vector<Payment>> byInvoice;
    for (Payment& payment : m_billing.paymentsOnInvoicesIssuedBetween(from, to))
        byInvoice[payment.invoiceId].push_back(std::move(payment));
    std::vector<PaidInvoice> invoices;
    for (Invoice& invoice : m_billing.invoicesIssuedBetween(from, to)) {
        std::vector<Payment> payments = std::move(byInvoice[invoice.id]);
        invoices.push_back({std::move(invoice), std::move(payments)});
    }
    return invoices;
}

Invoice BillingService::voidInvoice(InvoiceId id, const std::string& reason)
{
    validateReason(reason, "reason");
    return m_actions.result([&] {
        const PaidInvoice paid = invoice(id);
        refuseIfVoid(paid.invoice);
        if (paid.paidCents() != 0)
            throw ValidationError("invoice", "paid",
                                  formatMessage(_("{} has been paid on this invoice: refund it first, or correct the "
                                                  "invoice, which carries its payments over."),
                                                moneyText(paid.paidCents(), paid.invoice.currency)));
        m_billing.voidInvoice(id, m_clock.now(), reason);
        return invoice(id).invoice;
    });
}

PaidInvoice BillingService::correctInvoice(InvoiceId id, const std::string& reason,
                                           const std::vector<InvoiceLine>& lines)
{
    validateReason(reason, "reason");
    return m_actions.result([&] {
        const PaidInvoice old = invoice(id);
        refuseIfVoid(old.invoice);
        validateCorrectedLines(lines, old.invoice.lines.size());
        Invoice corrected = old.invoice;
        corrected.id = 0;
        corrected.number = 0;
        corrected.issuedOn = m_clock.today();
        corrected.replaces = old.invoice.id;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            InvoiceLine& line = corrected.lines[i];
            const bool taxed = line.taxCents != 0;
            line.description = lines[i].description;
            line.amountCents = lines[i].amountCents;
            line.taxCents = taxed ? taxOn(line.amountCents, corrected.taxBasisPoints) : 0;
        }
        total(corrected);
        if (old.paidCents() > corrected.totalCents)
            throw ValidationError("lines", "less-than-paid",
                                  formatMessage(_("{} has been paid, more than the corrected total: refund the "
                                                  "difference first."),
                                                moneyText(old.paidCents(), old.invoice.currency)));
        // The payments move to the new invoice on the days they were received, so the months'
        // income stays as it was; tips stay with the payments that brought them.
        for (const Payment& payment : old.payments) {
            Payment reversal = payment;
            reversal.id = 0;
            reversal.amountCents = -payment.amountCents;
            reversal.tipCents = 0;
            reversal.reason = formatMessage(_("Moved to the invoice that corrects {}"),
                                            invoiceNumberText(old.invoice.number));
            m_billing.addPayment(reversal);
        }
        m_billing.voidInvoice(id, m_clock.now(), reason);
        const Invoice issued = m_billing.issueInvoice(corrected);
        for (const Payment& payment : old.payments) {
            Payment moved = payment;
            moved.id = 0;
            moved.invoiceId = issued.id;
            moved.tipCents = 0;
            m_billing.addPayment(moved);
        }
        return invoice(issued.id);
    });
}

void BillingService::refuseIfVoid(const Invoice& invoice)
{
    if (invoice.isVoid())
        throw ValidationError("invoice", "void",
                              formatMessage(_("Invoice {} is void."), invoiceNumberText(invoice.number)));
}

PaidInvoice BillingService::withPayments(Invoice invoice)
{
    PaidInvoice paid{std::move(invoice), {}};
    paid.payments = m_billing.paymentsOn(paid.invoice.id);
    return paid;
}

} // namespace knotwork::billing
