#include "schedule/ui/policy_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/number_text.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"
#include "schedule/book_settings_service.h"

namespace knotwork::schedule::ui {

using namespace knotwork::ui;

PolicyPage::PolicyPage(wxWindow* parent, BookSettingsService& settings, SettingsPageHooks hooks)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "policy-page"),
      m_settings(settings),
      m_hooks(std::move(hooks))
{
    FormGrid grid(this, _("Cancellation policy"), m_hooks.markers);
    // Not named "text", every unnamed wxTextCtrl's name: the policy's problems are shown on it.
    m_text = grid.addMultiLine(_("&Policy"), "policy_text", 6);
    m_hooks.markers.addAlias("text", "policy_text");
    m_text->SetHint(_("As clients read it before their first visit"));
    m_window = new NumberField(grid.parent(), "late_window_hours", {0, 168, 1, 0}, _("hours (0\u2013168)"));
    m_window->SetToolTip(_("A client's cancellation with less notice than this is a late cancellation."));
    grid.add(_("&Late-cancel window"), m_window, FieldWidth::Natural);
    m_lateFee = new wxTextCtrl(grid.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "late_fee_cents");
    grid.add(_("Late-cancel &fee"), m_lateFee, FieldWidth::Natural);
    m_noShowFee = new wxTextCtrl(grid.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                 wxDefaultValidator, "no_show_fee_cents");
    grid.add(_("&No-show fee"), m_noShowFee, FieldWidth::Natural);
    m_version = new wxStaticText(grid.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                 "policy-version");
    labelNothing(*m_version);
    grid.addNatural(m_version);

    layOutPage(*this, {grid.sizer()}, _("&Save policy"), "save-policy", [this] { save(); });
    show();
}

void PolicyPage::show()
{
    const CancellationPolicy policy = m_settings.cancellationPolicy();
    m_text->SetValue(toWx(policy.text));
    m_window->setValue(policy.lateWindowHours);
    m_lateFee->SetValue(toWx(amountCentsText(policy.lateFeeCents)));
    m_noShowFee->SetValue(toWx(amountCentsText(policy.noShowFeeCents)));
    m_version->SetLabel(policy.version.empty()
                            ? _("No wording saved yet.")
                            : wxString::Format(_("Wording version %s: acceptances recorded at intake name it; "
                                                 "changing the text starts a new version."),
                                               toWx(policy.version)));
}

bool PolicyPage::save()
{
    const bool saved = m_hooks.attempt([this] {
        CancellationPolicy policy = m_settings.cancellationPolicy();
        Validator problems;
        policy.text = typedText(*m_text);
        policy.lateWindowHours = m_window->readWhole(problems).value_or(-1);
        policy.lateFeeCents = readAmount(*m_lateFee, "late_fee_cents", _("Late-cancel fee"), problems);
        policy.noShowFeeCents = readAmount(*m_noShowFee, "no_show_fee_cents", _("No-show fee"), problems);
        problems.throwIfAny();  // what could not be read; the rules are the service's
        m_settings.setCancellationPolicy(policy);
    });
    if (saved)
        show();
    return saved;
}

} // namespace knotwork::schedule::ui
