#include "sessions/ui/note_comparison_view.h"

#include <algorithm>
#include <wx/gbsizer.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/spacing.h"

namespace knotwork::sessions::ui {

namespace {
using knotwork::ui::kWindowMargin;
constexpr int kColumnGap = 16;
constexpr int kRowGap = 6;
constexpr int kLabelWidth = 170;
constexpr int kChangeWidth = 170;
constexpr int kNarrowestValue = 160;
constexpr int kColumns = 4;
}

NoteComparisonView::NoteComparisonView(wxWindow* parent, const wxString& name)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL, name)
{
    // It takes the focus so that the keys scroll it; a reader hears what it is.
    knotwork::ui::setAccessibleName(*this, _("The two notes side by side"));
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (GetClientSize().x != m_wrappedAt)
            CallAfter([this] { rewrap(); });
    });
}

int NoteComparisonView::columnWidth(ColumnKind kind) const
{
    switch (kind) {
    case Label: return FromDIP(kLabelWidth);
    case Change: return FromDIP(kChangeWidth);
    case Value: break;
    }
    const int fixed = FromDIP(2 * kWindowMargin + kLabelWidth + kChangeWidth + 3 * kColumnGap);
    return std::max((GetClientSize().x - fixed) / 2, FromDIP(kNarrowestValue));
}

wxStaticText* NoteComparisonView::cell(const wxString& text, ColumnKind kind, bool bold, bool muted)
{
    auto* control = new wxStaticText(this, wxID_ANY, wxString());
    if (bold)
        control->SetFont(control->GetFont().Bold());
    if (muted)
        control->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    control->SetLabel(text);
    control->Wrap(columnWidth(kind));
    m_texts.push_back({control, text, kind});
    return control;
}

void NoteComparisonView::addHeading(int row, const wxString& title, bool first)
{
    auto* heading = new wxStaticText(this, wxID_ANY, title);
    heading->SetFont(heading->GetFont().Bold());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading, wxSizerFlags().Border(wxTOP, FromDIP(first ? 4 : 12)));
    column->AddSpacer(FromDIP(4));
    column->Add(new wxStaticLine(this), wxSizerFlags().Expand());
    m_grid->Add(column, wxGBPosition(row, 0), wxGBSpan(1, kColumns), wxEXPAND);
}

void NoteComparisonView::show(const std::vector<ComparedSection>& sections, const wxString& olderTitle,
                              const wxString& newerTitle, bool onlyChanged)
{
    DestroyChildren();
    m_texts.clear();
    m_grid = new wxGridBagSizer(FromDIP(kRowGap), FromDIP(kColumnGap));

    int row = 0;
    m_grid->Add(cell(wxString(), Label, false, false), wxGBPosition(row, 0));
    m_grid->Add(cell(olderTitle, Value, true, false), wxGBPosition(row, 1));
    m_grid->Add(cell(newerTitle, Value, true, false), wxGBPosition(row, 2));
    m_grid->Add(cell(_("Change"), Change, true, false), wxGBPosition(row, 3));
    ++row;

    for (const ComparedSection& section : sections) {
        const bool anyShown = std::any_of(section.lines.begin(), section.lines.end(),
                                          [&](const ComparedLine& line) { return line.changed || !onlyChanged; });
        if (!anyShown)
            continue;
        addHeading(row, section.title, row == 1);
        ++row;
        for (const ComparedLine& line : section.lines) {
            if (onlyChanged && !line.changed)
                continue;
            const bool muted = !line.changed;
            m_grid->Add(cell(line.label, Label, false, true), wxGBPosition(row, 0));
            m_grid->Add(cell(line.older.empty() ? wxString(_("—")) : line.older, Value, false, muted),
                        wxGBPosition(row, 1));
            m_grid->Add(cell(line.newer.empty() ? wxString(_("—")) : line.newer, Value, line.changed, muted),
                        wxGBPosition(row, 2));
            m_grid->Add(cell(line.change, Change, true, false), wxGBPosition(row, 3));
            ++row;
        }
    }
    if (row == 1)
        m_grid->Add(cell(_("The two notes record the same values."), Value, false, true), wxGBPosition(row, 0),
                    wxGBSpan(1, kColumns));
    m_grid->AddGrowableCol(1, 1);
    m_grid->AddGrowableCol(2, 1);

    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(m_grid, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(kWindowMargin)));
    SetSizer(page);
    rewrap();
    Scroll(0, 0);
}

void NoteComparisonView::rewrap()
{
    m_wrappedAt = GetClientSize().x;
    Freeze();
    for (const WrappedText& wrapped : m_texts) {
        wrapped.control->SetLabel(wrapped.text);
        wrapped.control->Wrap(columnWidth(wrapped.kind));
        wrapped.control->SetMinSize(wxSize(columnWidth(wrapped.kind), -1));
    }
    FitInside();
    Layout();
    Thaw();
}

} // namespace knotwork::sessions::ui
