#include "reports/billing_frame.h"

#include <algorithm>

#include "common/i18n.h"
#include "reports/report_frame.h"

namespace knotwork::reports {

namespace {

constexpr double kTotalsValueWidth = 95;  // the amounts' column, right-aligned on the margin

} // namespace

void writeBillingOpening(DocumentWriter& writer, const sharing::ReportHeader& header, const std::string& title,
                         const std::string& subtitle)
{
    writeLetterhead(writer, header);
    writer.title(title);
    if (!subtitle.empty())
        writer.paragraph(subtitle, {writer.style().bodySize, false, writer.style().muted, TextAlign::Left});
    writer.gap(4);
}

std::string orNotOnFile(const std::string& value)
{
    return value.empty() ? std::string(_("Not on file")) : value;
}

void writeNotice(DocumentWriter& writer, const std::string& text)
{
    writer.paragraph(text, {writer.style().bodySize + 1, true, writer.style().warning, TextAlign::Left});
    writer.gap(4);
}

void writeTotals(DocumentWriter& writer, const std::vector<Field>& totals, bool lastIsTotal)
{
    const ReportStyle& look = writer.style();
    const double lineHeight = look.lineHeight(look.body(true)) + 1;
    writer.gap(3);
    writer.block(lineHeight * static_cast<double>(totals.size()) + 4, [&](Canvas& canvas, const Rect& bounds) {
        const double end = bounds.x + bounds.width - look.cellPadding;
        double labelWidth = 0;
        for (const Field& total : totals)
            labelWidth = std::max(labelWidth, canvas.textWidth(total.first, look.body(true)));
        double top = bounds.y;
        for (std::size_t i = 0; i < totals.size(); ++i) {
            const bool bold = lastIsTotal && i + 1 == totals.size();
            if (bold)
                canvas.stroke(Path().moveTo({end - kTotalsValueWidth - labelWidth - 8, top}).lineTo({end, top}),
                              Stroke(look.rule, 0.6));
            TextStyle style = look.body(bold);
            style.align = TextAlign::Right;
            const double baseline = look.baseline(top + 1, style);
            canvas.text(totals[i].first, {end - kTotalsValueWidth, baseline}, style);
            canvas.text(totals[i].second, {end, baseline}, style);
            top += lineHeight;
        }
    });
}

ReportPages finishBillingDocument(PageFlow& flow, const sharing::ReportHeader& header, const std::string& title,
                                  const std::string& about, const std::string& mark)
{
    PageFrame frame;
    frame.running = about.empty() ? title : title + " · " + about;
    frame.practice = header.practice.practiceName;
    frame.footer = about.empty()
                       ? std::string(_("Confidential: the practice's own accounts."))
                       : formatMessage(_("Confidential: {}'s account with the practice. If it reached you in error, "
                                         "please tell the sender and destroy it."),
                                       about);
    frame.mark = mark;
    ReportPages report;
    report.paper = flow.paper();
    report.info = documentInfo(header, title);
    report.info.title = frame.running;
    report.info.subject = title;
    report.pages = flow.finish(framePages(flow, frame));
    return report;
}

} // namespace knotwork::reports
