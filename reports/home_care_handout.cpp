#include "reports/home_care_handout.h"

#include <algorithm>

#include "clients/client.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/report_frame.h"
#include "reports/text_wrap.h"
#include "sessions/session_choices.h"

namespace knotwork::reports {

using sessions::HomeCare;

namespace {

struct Advice {
    std::string title;
    std::string text;
};

// Plain words for a client reading at home: what to do, how long, and why, without clinical terms.
Advice adviceFor(HomeCare care)
{
    switch (care) {
    case HomeCare::SuboccipitalBallRelease:
        return {_("Ease the muscles at the base of your skull"),
                _("Lie on your back and rest the hollow where your head meets your neck on a tennis ball. Let "
                  "your head grow heavy, then nod very gently, as if saying \u201cyes\u201d, for about 30 seconds.")};
    case HomeCare::Stretches:
        return {_("Stretch your neck and shoulders"),
                _("Do the gentle stretches we practised at your visit. Move slowly, hold each stretch without "
                  "bouncing, and keep it comfortable: a stretch should never hurt.")};
    case HomeCare::Hydration:
        return {_("Drink water through the day"),
                _("Keep water within reach and sip it often. Running short of fluids is a common headache "
                  "trigger.")};
    case HomeCare::Sleep:
        return {_("Sleep 7 to 9 hours"),
                _("Give yourself 7 to 9 hours of sleep each night, going to bed and getting up at about the same "
                  "times, weekends included.")};
    case HomeCare::CaffeineModeration:
        return {_("Go easy on caffeine"),
                _("Keep coffee, tea, cola, energy drinks and other stimulants moderate. If you cut down, do it a "
                  "little at a time: stopping all at once can bring on a headache of its own.")};
    case HomeCare::StressReduction:
        return {_("Make room to unwind"),
                _("Set aside a few minutes each day for something that calms you: slow breathing, a quiet walk, "
                  "music, or whatever helps you let go of the day.")};
    case HomeCare::PhysicalActivity:
        return {_("Keep moving"),
                _("Aim for about 150 minutes of moderate activity a week, such as a brisk 30-minute walk on five "
                  "days. Any activity you enjoy counts.")};
    }
    return {};
}

// What the client is called: the name they prefer, else their first given name.
std::string firstName(const clients::Client& client)
{
    if (!client.preferredName.empty())
        return client.preferredName;
    return client.givenNames.substr(0, client.givenNames.find(' '));
}

bool givesAnExercise(const sessions::Plan& plan)
{
    return plan.homeCare.contains(HomeCare::SuboccipitalBallRelease) || plan.homeCare.contains(HomeCare::Stretches);
}

// Larger type than the clinical documents: it is read at home, often without glasses.
ReportStyle handoutStyle()
{
    ReportStyle style;
    style.titleSize = 20;
    style.headingSize = 13;
    style.bodySize = 11;
    style.smallSize = 9;
    style.marginTop = 50;
    style.marginBottom = 64;
    return style;
}

// The practice's contacts at the foot of the page, and the page number when there is more than one.
PageFlow::Decorator handoutFooter(const PageFlow& flow, const sharing::ReportHeader& header)
{
    const ReportStyle look = flow.style();
    const Rect paper = flow.paperBounds();
    std::string contact;
    for (const std::string* part : {&header.practice.phone, &header.practice.email})
        if (!part->empty())
            contact += (contact.empty() ? "" : " · ") + *part;
    const std::string questions = contact.empty() ? std::string()
                                                  : formatMessage(_("Questions? Call or write: {}"), contact);
    const std::string witness = witnessLine(header);
    return [=](RecordedPage& page, int number, int count) {
        const TextStyle small = look.small();
        const double left = look.margin;
        const double end = paper.width - look.margin;
        const double top = paper.height - look.marginBottom + 18;
        page.stroke(Path().moveTo({left, top - 5}).lineTo({end, top - 5}), Stroke(look.rule, 0.5));
        double y = top;
        const double rightWidth = std::max(70.0, page.textWidth(witness, small) + 20);
        for (const std::string& line : wrapText(questions, end - left - rightWidth,
                                                [&](const std::string& piece) { return page.textWidth(piece, small); })) {
            page.text(line, {left, look.baseline(y, small)}, small);
            y += look.lineHeight(small);
        }
        TextStyle right = small;
        right.align = TextAlign::Right;
        double rightY = top;
        if (count > 1) {
            page.text(formatMessage(_("Page {} of {}"), number, count), {end, look.baseline(rightY, small)}, right);
            rightY += look.lineHeight(small);
        }
        if (!witness.empty())
            page.text(witness, {end, look.baseline(rightY, small)}, right);
    };
}

} // namespace

std::string homeCareAdvice(HomeCare care)
{
    return adviceFor(care).text;
}

ReportPages layoutHomeCareHandout(const sharing::NoteReportData& data, TextMeasurer& measurer)
{
    const sessions::SoapNote& note = data.note;
    const std::string title = _("Your home care");
    PageFlow flow(data.header.practice.paperSize, measurer, handoutStyle());
    DocumentWriter writer(flow);
    const ReportStyle& look = writer.style();

    writeLetterhead(writer, data.header);
    writer.title(title);
    writer.paragraph(formatMessage(_("For {}, after your visit on {}"), firstName(data.header.client),
                                   mediumDate(note.visitDate)),
                     {look.bodySize, false, look.muted, TextAlign::Left});
    writer.gap(4);
    if (!note.plan.homeCare.empty()) {
        writer.paragraph(_("What we went over at your visit, to do at home until the next one:"));
        for (const auto& care : choices<HomeCare>()) {
            if (!note.plan.homeCare.contains(care.value))
                continue;
            const Advice advice = adviceFor(care.value);
            writer.gap(4);
            writer.flow().needs(3 * look.lineHeight(look.body()));
            writer.paragraph(advice.title, look.body(true));
            writer.paragraph(advice.text, look.body(), 14);
        }
    }
    if (!note.plan.homeCareNotes.empty()) {
        writer.heading(_("From your therapist"));
        writer.paragraph(note.plan.homeCareNotes);
    }
    if (givesAnExercise(note.plan)) {
        writer.gap(look.sectionGap);
        writer.paragraph(_("Stop any exercise if your pain increases or spreads, and let your therapist know."),
                         {look.bodySize, true, look.warning, TextAlign::Left});
    }

    ReportPages report;
    report.paper = flow.paper();
    report.info = documentInfo(data.header, title);
    report.info.subject = formatMessage(_("For {}"), clients::fullName(data.header.client));
    report.pages = flow.finish(handoutFooter(flow, data.header));
    return report;
}

} // namespace knotwork::reports
