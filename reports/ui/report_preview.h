#pragma once

#include <wx/panel.h>

#include "reports/report_pages.h"

class wxButton;
class wxStaticText;

namespace knotwork::reports::ui {

class PageView;

// The report's pages on screen as they will print, one at a time, fitted to the space: the
// pages the PDF is written from, drawn through the wx canvas in the PDF's typeface. Page Up and
// Page Down (or the buttons) turn the pages. A screen reader hears the page as "Preview, page 1
// of 3", and each page turn.
class ReportPreview : public wxPanel {
public:
    explicit ReportPreview(wxWindow* parent);

    // Shows the first page of `report`; nothing (with `message`) when there is no report.
    void setReport(ReportPages report);
    void clear(const wxString& message);
    void showPage(int index);

    int pageCount() const;
    int currentPage() const { return m_page; }
    const ReportPages& report() const { return m_report; }

private:
    void update();

    ReportPages m_report;
    int m_page = 0;
    PageView* m_view;
    wxButton* m_previous;
    wxButton* m_next;
    wxStaticText* m_label;
    wxString m_message;
};

} // namespace knotwork::reports::ui
