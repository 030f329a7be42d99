#include "billing/ui/payment_rows_editor.h"

#include <algorithm>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/textctrl.h>

#include "billing/billing_choices.h"
#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"
#include "schedule/ui/settings_page.h"

namespace knotwork::billing::ui {

using namespace knotwork::ui;

namespace {

// The methods a therapist takes at the desk; a package is chosen with the charge.
constexpr PaymentMethod kMethods[] = {PaymentMethod::Card, PaymentMethod::Cash, PaymentMethod::ETransfer,
                                      PaymentMethod::Cheque, PaymentMethod::GiftCertificate};

int methodIndex(PaymentMethod method)
{
    const auto* found = std::ranges::find(kMethods, method);
    return found == std::end(kMethods) ? 0 : static_cast<int>(found - std::begin(kMethods));
}

wxArrayString methodLabels()
{
    wxArrayString labels;
    for (const PaymentMethod method : kMethods)
        labels.Add(labelText(method));
    return labels;
}

// The amount typed, or nothing for an empty field.
Cents readMoney(const wxString& typed, const std::string& key, Validator& problems)
{
    const std::string text = toUtf8(typed.Strip(wxString::both));
    if (text.empty())
        return 0;
    Cents cents = 0;
    schedule::ui::collectProblems(problems, [&] { cents = parseMoney(text, key); });
    return cents;
}

wxTextCtrl* textCell(wxWindow* parent, const wxString& value, const wxString& name, int width)
{
    auto* text = new wxTextCtrl(parent, wxID_ANY, value, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                name);
    text->SetMinSize(wxSize(parent->FromDIP(width), -1));
    return text;
}

} // namespace

PaymentRowsEditor::PaymentRowsEditor(wxWindow* parent, FieldErrorMarkers& markers)
    : RecordRowsEditor(parent, markers, "payments",
                       {{_("Paid by"), 0}, {_("Amount"), 0}, {_("Tip"), 0}, {_("Reference"), 1},
                        {_("Certificate code"), 1}},
                       _("No payment now: the invoice stays owing."), _("A&dd another method"))
{
    nameRows(_("Payment %d"));
}

void PaymentRowsEditor::startWith(Cents balance, const std::string& currency)
{
    m_total = balance;
    m_currency = currency;
    // The whole balance: what the rows shown before took counts no more.
    PaymentRow first;
    first.amount = toWx(plainMoney(balance));
    load(balance > 0 ? std::vector<PaymentRow>{first} : std::vector<PaymentRow>{});
}

PaymentRow PaymentRowsEditor::newRow() const
{
    PaymentRow row;
    const Cents left = leftOf(m_total);
    if (left > 0)
        row.amount = toWx(plainMoney(left));
    return row;
}

Cents PaymentRowsEditor::leftOf(Cents total) const
{
    Validator ignored;
    Cents paid = 0;
    for (const PaymentDraft& draft : drafts(ignored))
        paid += draft.amountCents;
    return std::max<Cents>(total - paid, 0);
}

void PaymentRowsEditor::createRow(std::size_t index)
{
    const PaymentRow& shown = rowAt(index);
    PaymentRowControls row{};
    row.method = new wxChoice(parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, methodLabels(), 0,
                              wxDefaultValidator, cellName(index, "method"));
    row.method->SetSelection(methodIndex(shown.method));
    addCell(index, row.method, "method");
    row.amount = textCell(parent(), shown.amount, cellName(index, "amount"), 80);
    row.amount->SetToolTip(_("Toward the invoice; what is left stays owing"));
    addCell(index, row.amount, "amount");
    row.tip = textCell(parent(), shown.tip, cellName(index, "tip"), 60);
    row.tip->SetToolTip(_("A gratuity, apart from the invoice and never taxed"));
    addCell(index, row.tip, "tip");
    row.reference = textCell(parent(), shown.reference, cellName(index, "reference"), 110);
    row.reference->SetToolTip(_("A cheque's number, a card's last digits, an e-transfer's reference"));
    addCell(index, row.reference, "reference");
    row.code = textCell(parent(), shown.giftCertificateCode, cellName(index, "code"), 110);
    row.code->SetHint(_("GC-XXXX-XXXX"));
    row.code->SetToolTip(_("The code printed on the gift certificate, when it pays"));
    const auto codeWanted = [method = row.method, code = row.code] {
        code->Enable(kMethods[std::max(method->GetSelection(), 0)] == PaymentMethod::GiftCertificate);
    };
    codeWanted();
    row.method->Bind(wxEVT_CHOICE, [codeWanted](wxCommandEvent& event) {
        codeWanted();
        event.Skip();
    });
    addCell(index, row.code, "code");
    m_controls.push_back(row);
}

std::vector<PaymentRow> PaymentRowsEditor::rows() const
{
    std::vector<PaymentRow> rows;
    for (const PaymentRowControls& row : m_controls)
        rows.push_back({kMethods[std::max(row.method->GetSelection(), 0)], row.amount->GetValue(),
                        row.tip->GetValue(), row.reference->GetValue(), row.code->GetValue()});
    return rows;
}

std::vector<PaymentDraft> PaymentRowsEditor::drafts(Validator& problems) const
{
    std::vector<PaymentDraft> drafts;
    const std::vector<PaymentRow> shown = rows();
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const PaymentRow& row = shown[i];
        PaymentDraft draft;
        draft.method = row.method;
        draft.amountCents = readMoney(row.amount, toUtf8(cellName(i, "amount")), problems);
        draft.tipCents = readMoney(row.tip, toUtf8(cellName(i, "tip")), problems);
        draft.reference = toUtf8(row.reference.Strip(wxString::both));
        if (row.method == PaymentMethod::GiftCertificate)
            draft.giftCertificateCode = toUtf8(row.giftCertificateCode.Strip(wxString::both));
        drafts.push_back(draft);
    }
    return drafts;
}

} // namespace knotwork::billing::ui
