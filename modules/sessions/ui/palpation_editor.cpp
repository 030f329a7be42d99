#include "sessions/ui/palpation_editor.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

#include "common/ui/accessibility.h"
#include "common/ui/choice_controls.h"
#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"
#include "sessions/palpation_text.h"
#include "sessions/session_choices.h"
#include "sessions/ui/body_chart_ctrl.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;

PalpationEditor::PalpationEditor(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "objective.palpation")
{
    // The controls first, in Tab order, then the texts: wx ties a text to the next focusable
    // control after it among its siblings whenever the Tab order is rebuilt, which would make a
    // heading the label of the wrong control. The texts are tied here (labelControl) instead.
    m_chart = new BodyChartCtrl(this, {[this](const MuscleSite& site) { select(site); },
                                       [this](char key) { applyKey(key); }});
    m_tenderness = new ScaleButtons(this, "palpation.tenderness", _("0 none · 3 severe"), 0, 3);
    m_hypertonic = new wxCheckBox(this, wxID_ANY, _("H&ypertonic"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "palpation.hypertonic");
    m_triggerPoint = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<TriggerPoint>(), 0, wxDefaultValidator, "palpation.trigger_point");
    nameField(*m_triggerPoint, _("Trigger point"));
    m_reproduces = new wxCheckBox(this, wxID_ANY, _("Reproduces the usual &headache"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "palpation.reproduces");
    m_clear = new wxButton(this, wxID_ANY, _("Clea&r this muscle"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "palpation.clear");
    createList();

    m_siteName = new wxStaticText(this, wxID_ANY, _("Click a muscle on the chart"), wxDefaultPosition, wxDefaultSize, 0, "palpation.site");
    m_siteName->SetFont(m_siteName->GetFont().Bold());
    auto* tendernessLabel = new wxStaticText(this, wxID_ANY, _("Tenderness"));
    auto* hint = new wxStaticText(this, wxID_ANY, _("On the chart and in the list: arrows move, 0–3 tenderness, "
                                                     "H hypertonic, T trigger point, R reproduces the headache, "
                                                     "Delete clears."));
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    hint->Wrap(FromDIP(260));
    auto* listLabel = new wxStaticText(this, wxID_ANY, _("&Findings by muscle"));
    labelNothing(*m_siteName);
    nameField(*tendernessLabel, *m_tenderness);
    labelNothing(*hint);
    labelControl(*listLabel, *m_list);

    const int gap = relatedGap(*this);
    auto* details = new wxBoxSizer(wxVERTICAL);
    details->Add(m_siteName, wxSizerFlags().Border(wxBOTTOM, gap));
    details->Add(tendernessLabel);
    details->Add(m_tenderness, wxSizerFlags().Border(wxBOTTOM, gap));
    details->Add(m_hypertonic, wxSizerFlags().Border(wxBOTTOM, gap));
    details->Add(m_triggerPoint, wxSizerFlags().Border(wxBOTTOM, gap));
    details->Add(m_reproduces, wxSizerFlags().Border(wxBOTTOM, gap));
    details->Add(m_clear);
    details->Add(hint, wxSizerFlags().Border(wxTOP, groupGap(*this)));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_chart, wxSizerFlags(1).Expand());
    row->Add(details, wxSizerFlags().Border(wxLEFT, groupGap(*this)));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(row, wxSizerFlags().Expand());
    column->Add(listLabel, wxSizerFlags().Border(wxTOP, groupGap(*this)));
    column->Add(m_list, wxSizerFlags().Expand().Border(wxTOP, gap / 2));
    SetSizer(column);

    m_tenderness->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent&) {
        const auto value = m_tenderness->value();
        if (value)
            change([value](PalpationFinding& f) { f.tenderness = *value; });
    });
    m_hypertonic->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        change([on = m_hypertonic->GetValue()](PalpationFinding& f) { f.hypertonic = on; });
    });
    m_triggerPoint->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        change([point = choiceAt<TriggerPoint>(m_triggerPoint->GetSelection())](PalpationFinding& f) { f.triggerPoint = point; });
    });
    m_reproduces->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        change([on = m_reproduces->GetValue()](PalpationFinding& f) { f.reproducesHeadache = on; });
    });
    m_clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clearSelected(); });
    showSelected();
}

void PalpationEditor::createList()
{
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->SetName("palpation.list");
    m_list->AppendTextColumn(_("Muscle"), wxDATAVIEW_CELL_INERT, FromDIP(190));
    m_list->AppendTextColumn(_("Side"), wxDATAVIEW_CELL_INERT, FromDIP(70));
    m_list->AppendTextColumn(_("Findings"), wxDATAVIEW_CELL_INERT, FromDIP(420));
    m_list->SetMinSize(FromDIP(wxSize(-1, 190)));
    for (const MuscleSite& site : BodyChart::sites()) {
        wxVector<wxVariant> cells;
        cells.push_back(toWx(labelOf(site.muscle)));
        cells.push_back(toWx(labelOf(site.side)));
        cells.push_back(wxString());
        m_list->AppendItem(cells);
    }
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        const int row = m_list->GetSelectedRow();
        if (row != wxNOT_FOUND && BodyChart::sites()[static_cast<std::size_t>(row)] != m_selected)
            select(BodyChart::sites()[static_cast<std::size_t>(row)]);
    });
    m_list->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (const char key = BodyChartCtrl::findingKey(event))
            applyKey(key);
        else
            event.Skip();
    });
}

void PalpationEditor::showList()
{
    const std::vector<MuscleSite> sites = BodyChart::sites();
    for (std::size_t row = 0; row < sites.size(); ++row) {
        const auto found = std::ranges::find(m_findings, sites[row], &PalpationFinding::site);
        wxString text = toWx(findingText(found == m_findings.end() ? nullptr : &*found));
        if (m_muted && found != m_findings.end())
            text = wxString::Format(_("%s (carried forward)"), text);  // what the chart greys
        if (m_list->GetTextValue(static_cast<unsigned>(row), 2) != text)
            m_list->SetTextValue(text, static_cast<unsigned>(row), 2);
    }
    const auto at = m_selected ? std::ranges::find(sites, *m_selected) : sites.end();
    const int row = at == sites.end() ? wxNOT_FOUND : static_cast<int>(at - sites.begin());
    if (m_list->GetSelectedRow() != row) {
        if (row == wxNOT_FOUND)
            m_list->UnselectAll();
        else {
            m_list->SelectRow(static_cast<unsigned>(row));
            m_list->EnsureVisible(m_list->RowToItem(row));
        }
    }
}

void PalpationEditor::setFindings(const std::vector<PalpationFinding>& findings)
{
    m_findings = findings;
    showSelected();
}

void PalpationEditor::setCarriedForward(bool carried)
{
    m_muted = carried;
    showSelected();
}

void PalpationEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showSelected();
}

void PalpationEditor::select(const MuscleSite& site)
{
    m_selected = site;
    showSelected();
}

PalpationFinding* PalpationEditor::selectedFinding()
{
    if (!m_selected)
        return nullptr;
    auto found = std::find_if(m_findings.begin(), m_findings.end(), [this](const PalpationFinding& f) { return f.site == *m_selected; });
    return found == m_findings.end() ? nullptr : &*found;
}

void PalpationEditor::change(const std::function<void(PalpationFinding&)>& edit)
{
    if (!m_selected || m_readOnly)
        return;
    PalpationFinding* finding = selectedFinding();
    if (!finding)
        finding = &m_findings.emplace_back(PalpationFinding{*m_selected});
    edit(*finding);
    m_muted = false;
    showSelected();
    if (m_changed)
        m_changed();
}

void PalpationEditor::clearSelected()
{
    if (!m_selected || m_readOnly || !selectedFinding())
        return;
    std::erase_if(m_findings, [this](const PalpationFinding& f) { return f.site == *m_selected; });
    m_muted = false;
    showSelected();
    if (m_changed)
        m_changed();
}

void PalpationEditor::applyKey(char key)
{
    if (key >= '0' && key <= '3')
        change([score = key - '0'](PalpationFinding& f) { f.tenderness = score; });
    else if (key == 'h')
        change([](PalpationFinding& f) { f.hypertonic = !f.hypertonic; });
    else if (key == 't')
        change([](PalpationFinding& f) { f.triggerPoint = TriggerPoint((int(f.triggerPoint) + 1) % 3); });
    else if (key == 'r')
        change([](PalpationFinding& f) { f.reproducesHeadache = !f.reproducesHeadache; });
    else if (key == 'x')
        clearSelected();
}

void PalpationEditor::showSelected()
{
    m_chart->setState({m_findings, m_selected, std::nullopt, m_muted, true});
    const PalpationFinding* finding = selectedFinding();
    if (m_selected)
        m_siteName->SetLabel(toWx(siteText(*m_selected)));
    m_tenderness->setValue(finding ? std::optional(finding->tenderness) : std::nullopt);
    m_hypertonic->SetValue(finding && finding->hypertonic);
    m_triggerPoint->SetSelection(choiceIndex(finding ? finding->triggerPoint : TriggerPoint::None));
    m_reproduces->SetValue(finding && finding->reproducesHeadache);
    const bool editable = m_selected && !m_readOnly;
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_tenderness, m_hypertonic, m_triggerPoint, m_reproduces})
        control->Enable(editable);
    m_clear->Enable(editable && finding);
    showList();
}

} // namespace knotwork::sessions::ui
