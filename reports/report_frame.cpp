#include "reports/report_frame.h"

#include <algorithm>
#include <sstream>

#include "clients/client_choices.h"
#include "common/date_text.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/page_canvas.h"
#include "reports/text_wrap.h"

namespace knotwork::reports {

namespace {

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

// Lines of text each in its own style, one under the other.
using StyledLines = std::vector<std::pair<std::string, TextStyle>>;

double heightOf(const ReportStyle& look, const StyledLines& lines)
{
    double height = 0;
    for (const auto& line : lines)
        height += look.lineHeight(line.second);
    return height;
}

// Draws the lines from `top` down, aligned on `x` as each style says.
void drawLines(Canvas& canvas, const ReportStyle& look, const StyledLines& lines, double x, double top)
{
    for (const auto& [text, style] : lines) {
        canvas.text(text, {x, look.baseline(top, style)}, style);
        top += look.lineHeight(style);
    }
}

std::vector<std::string> recipientLines(const clients::Provider& provider)
{
    std::vector<std::string> lines{labelOf(provider.role)};
    if (!provider.clinic.empty())
        lines.push_back(provider.clinic);
    for (const std::string& line : splitLines(provider.address))
        lines.push_back(line);
    if (!provider.fax.empty())
        lines.push_back(formatMessage(_("Fax {}"), provider.fax));
    else if (!provider.phone.empty())
        lines.push_back(formatMessage(_("Phone {}"), provider.phone));
    return lines;
}

void writeParties(DocumentWriter& writer, const sharing::ReportHeader& header)
{
    const ReportStyle& look = writer.style();
    const TextStyle caption{look.smallSize, true, look.muted, TextAlign::Left};
    StyledLines to;
    to.reserve(8);  // room up front: GCC 12 at -O2 warns of a bound it imagines when the lines grow
    to.push_back({_("TO"), caption});
    if (header.recipient) {
        to.push_back({header.recipient->name, look.body(true)});
        for (const std::string& line : recipientLines(*header.recipient))
            to.push_back({line, look.body()});
    } else if (header.forTheClient) {
        to.push_back({clients::fullName(header.client), look.body(true)});
        to.push_back({_("The client's own copy, at their request"), look.body()});
    } else {
        to.push_back({_("Copy for the client's record (not addressed to a provider)"), look.body()});
    }
    StyledLines about{{_("CLIENT"), caption}, {clients::fullName(header.client), look.body(true)}};
    if (header.client.dateOfBirth)
        about.push_back({formatMessage(_("Born {}"), mediumDate(*header.client.dateOfBirth)), look.body()});
    if (!header.client.pronouns.empty())
        about.push_back({header.client.pronouns, look.body()});

    const double half = writer.flow().content().width / 2;
    // Wrap every line to its column so a long clinic name or address never runs into the other.
    auto wrapped = [&](const StyledLines& lines) {
        StyledLines out;
        for (const auto& [text, style] : lines)
            for (const std::string& piece : writer.wrap(text, half - 14, style))
                out.push_back({piece, style});
        return out;
    };
    const StyledLines left = wrapped(to), right = wrapped(about);
    writer.block(std::max(heightOf(look, left), heightOf(look, right)) + 4, [&](Canvas& canvas, const Rect& bounds) {
        drawLines(canvas, look, left, bounds.x, bounds.y);
        drawLines(canvas, look, right, bounds.x + half, bounds.y);
    });
}

} // namespace

std::string therapistLine(const clients::PracticeSettings& practice)
{
    std::string line = practice.therapistName;
    if (!practice.credentials.empty())
        line += (line.empty() ? "" : ", ") + practice.credentials;
    if (!practice.licenceNumber.empty())
        line += (line.empty() ? "" : " · ") + formatMessage(_("Licence {}"), practice.licenceNumber);
    return line;
}

void writeLetterhead(DocumentWriter& writer, const sharing::ReportHeader& header)
{
    const ReportStyle& look = writer.style();
    const clients::PracticeSettings& practice = header.practice;
    std::optional<PageImage> logo = header.logo ? pageImage(*header.logo) : std::nullopt;

    TextStyle name = look.title();
    name.size = 15;
    TextStyle contact = look.small();
    contact.align = TextAlign::Right;
    StyledLines left{{practice.practiceName.empty() ? practice.therapistName
                                                                                        : practice.practiceName,
                                                         name}};
    if (const std::string therapist = therapistLine(practice); !therapist.empty())
        left.push_back({therapist, look.body()});
    StyledLines right;
    for (const std::string& line : splitLines(practice.address))
        right.push_back({line, contact});
    for (const std::string* line : {&practice.phone, &practice.email})
        if (!line->empty())
            right.push_back({*line, contact});

    const double logoHeight = 46;
    const double height = std::max({logo ? logoHeight : 0.0, heightOf(look, left), heightOf(look, right)});
    writer.block(height + 8, [&](Canvas& canvas, const Rect& bounds) {
        double textX = bounds.x;
        if (logo) {
            const double width = std::min(120.0, logoHeight * logo->pixelWidth / logo->pixelHeight);
            const double drawnHeight = width * logo->pixelHeight / logo->pixelWidth;
            static_cast<PageCanvas&>(canvas).image(*logo, {bounds.x, bounds.y, width, drawnHeight});
            textX += width + 12;
        }
        drawLines(canvas, look, left, textX, bounds.y);
        drawLines(canvas, look, right, bounds.x + bounds.width, bounds.y);
        const double ruleY = bounds.y + bounds.height - 2;
        canvas.stroke(Path().moveTo({bounds.x, ruleY}).lineTo({bounds.x + bounds.width, ruleY}),
                      Stroke(look.accent, 1.2));
    });
    writer.gap(10);
}

std::string clientLine(const clients::Client& client)
{
    if (!client.dateOfBirth)
        return clients::fullName(client);
    return formatMessage(_("{}, born {}"), clients::fullName(client), mediumDate(*client.dateOfBirth));
}

std::string momentWritten(const sharing::ReportHeader& header)
{
    return header.writtenAt ? momentText(*header.writtenAt, &mediumDate) : mediumDate(header.written);
}

void writeOpening(DocumentWriter& writer, const sharing::ReportHeader& header, const std::string& title,
                  const std::string& period, const std::string& dated)
{
    writeLetterhead(writer, header);
    writer.title(title);
    const TextStyle muted{writer.style().bodySize, false, writer.style().muted, TextAlign::Left};
    if (dated.empty()) {
        std::string written = formatMessage(_("Written {}"), mediumDate(header.written));
        if (!period.empty())
            written += " · " + period;
        writer.paragraph(written, muted);
    } else {
        if (!period.empty())
            writer.paragraph(period, muted);
        writer.paragraph(dated, muted);
    }
    writer.gap(4);
    writeParties(writer, header);
}

namespace {

std::string scopeStatement()
{
    return _("Scope of practice: a massage therapist does not diagnose. Headache types in this document are as "
             "diagnosed by the provider named; findings are a massage therapist's observations and measurements, "
             "offered to support the care team's decisions.");
}

std::string consentLine(const sharing::ReportHeader& header)
{
    if (!header.consent || !header.recipient)
        return {};
    return formatMessage(_("Sent with the client's written consent to share records with {}, given {}."),
                         header.recipient->name, mediumDate(header.consent->givenOn));
}

// "Maya Lindqvist, RMT": who signs, without the licence.
std::string signerName(const clients::PracticeSettings& practice)
{
    if (practice.credentials.empty())
        return practice.therapistName;
    return practice.therapistName.empty() ? practice.credentials
                                          : formatMessage(_("{}, {}"), practice.therapistName, practice.credentials);
}

PageFlow::Decorator pageFrame(const PageFlow& flow, const sharing::ReportHeader& header, const std::string& title)
{
    PageFrame frame;
    frame.running = title + " · " + clientLine(header.client);
    frame.practice = header.practice.practiceName;
    frame.footer =
        header.recipient
            ? formatMessage(_("Confidential health information about {}, for {} only. If it reached you in error, "
                              "please tell the sender and destroy it."),
                            clients::fullName(header.client), header.recipient->name)
            : formatMessage(_("Confidential health information about {}. If it reached you in error, please tell "
                              "the sender and destroy it."),
                            clients::fullName(header.client));
    frame.witness = witnessLine(header);
    return framePages(flow, frame);
}

} // namespace

constexpr double kSignatureHeight = 40;  // the signature image's height on the page, at most
constexpr double kSignatureGap = 10;     // above the signature, under the scope statement

double signatureHeight(const ReportStyle& look, const sharing::ReportHeader& header)
{
    const double lines = look.lineHeight(look.body(true)) + look.lineHeight(look.body());
    return kSignatureGap + (header.signature && pageImage(*header.signature) ? kSignatureHeight + 6 : 0) + lines + 4;
}

void writeSignature(DocumentWriter& writer, const sharing::ReportHeader& header)
{
    const ReportStyle& look = writer.style();
    const std::optional<PageImage> image = header.signature ? pageImage(*header.signature) : std::nullopt;
    const std::string when = momentWritten(header);
    StyledLines lines;
    if (image) {
        lines.push_back({therapistLine(header.practice), look.body(true)});
        lines.push_back({formatMessage(_("Signed {}"), when), look.body()});
    } else {
        lines.push_back({formatMessage(_("Electronically signed by {} on {}"), signerName(header.practice), when),
                         look.body(true)});
        if (!header.practice.licenceNumber.empty())
            lines.push_back({formatMessage(_("Licence {}"), header.practice.licenceNumber), look.body()});
    }
    writer.block(signatureHeight(look, header), [&](Canvas& canvas, const Rect& bounds) {
        double top = bounds.y + kSignatureGap;
        if (image) {
            const double width = std::min(180.0, kSignatureHeight * image->pixelWidth / image->pixelHeight);
            const double height = width * image->pixelHeight / image->pixelWidth;
            static_cast<PageCanvas&>(canvas).image(*image, {bounds.x, top + kSignatureHeight - height, width, height});
            top += kSignatureHeight + 2;
            canvas.stroke(Path().moveTo({bounds.x, top}).lineTo({bounds.x + 220, top}), Stroke(look.text, 0.6));
            top += 4;
        }
        drawLines(canvas, look, lines, bounds.x, top);
    });
}

PageFlow::Decorator framePages(const PageFlow& flow, const PageFrame& frame)
{
    const ReportStyle look = flow.style();
    const Rect paper = flow.paperBounds();
    return [=](RecordedPage& page, int number, int count) {
        const TextStyle small = look.small();
        TextStyle right = small;
        right.align = TextAlign::Right;
        const double left = look.margin;
        const double end = paper.width - look.margin;
        const double lineHeight = look.lineHeight(small);
        if (number > 1) {
            const double top = look.marginTop - 26;
            page.text(frame.running, {left, look.baseline(top, small)}, small);
            if (page.textWidth(frame.running, small) + page.textWidth(frame.practice, small) + 24 < end - left)
                page.text(frame.practice, {end, look.baseline(top, small)}, right);
            page.stroke(Path().moveTo({left, top + lineHeight + 2}).lineTo({end, top + lineHeight + 2}),
                        Stroke(look.rule, 0.5));
        }
        const double footerTop = paper.height - look.marginBottom + 16;
        page.stroke(Path().moveTo({left, footerTop - 4}).lineTo({end, footerTop - 4}), Stroke(look.rule, 0.5));
        const std::string pageText = formatMessage(_("Page {} of {}"), number, count);
        const double rightWidth = std::max(page.textWidth(pageText, small), page.textWidth(frame.witness, small));
        double y = footerTop;
        for (const std::string& line : wrapText(frame.footer, end - left - rightWidth - 20,
                                                [&](const std::string& piece) { return page.textWidth(piece, small); })) {
            page.text(line, {left, look.baseline(y, small)}, small);
            y += lineHeight;
        }
        page.text(pageText, {end, look.baseline(footerTop, small)}, right);
        if (!frame.witness.empty())
            page.text(frame.witness, {end, look.baseline(footerTop + lineHeight, small)}, right);
        if (!frame.mark.empty()) {
            // Across the middle of the page, over what is there, see-through so it hides nothing.
            TextStyle mark{72, true, Colour{look.warning.red, look.warning.green, look.warning.blue, 80},
                           TextAlign::Centre};
            mark.size = std::min(mark.size, mark.size * 0.9 * (end - left) / page.textWidth(frame.mark, mark));
            page.text(frame.mark, {paper.width / 2, paper.height / 2}, mark);
        }
    };
}

std::string witnessLine(const sharing::ReportHeader& header)
{
    return header.chainWitness.empty() ? std::string()
                                       : formatMessage(_("Record witness: {}"), header.chainWitness);
}

DocumentInfo documentInfo(const sharing::ReportHeader& header, const std::string& title)
{
    DocumentInfo info;
    if (header.writtenAt)
        info.created = *header.writtenAt;
    info.title = title + " — " + clients::fullName(header.client);
    std::string author = therapistLine(header.practice);
    if (!header.practice.practiceName.empty())
        author += (author.empty() ? "" : ", ") + header.practice.practiceName;
    info.author = author;
    info.subject = header.recipient ? formatMessage(_("For {}"), header.recipient->name)
                                    : std::string(_("Copy for the client's record"));
    return info;
}

namespace {

double paragraphHeight(DocumentWriter& writer, const std::string& text, const TextStyle& style)
{
    const double lines = static_cast<double>(writer.wrap(text, writer.flow().content().width, style).size());
    return lines * writer.style().lineHeight(style) + writer.style().paragraphGap;
}

} // namespace

ReportPages finishDocument(PageFlow& flow, DocumentWriter& writer, const sharing::ReportHeader& header,
                           const std::string& title, Signature signature)
{
    const ReportStyle& look = writer.style();
    // The consent, the scope statement and the signature stay together, and never stand alone on
    // a page: the end of the last section comes over with them.
    double closing = paragraphHeight(writer, scopeStatement(), look.small());
    if (const std::string consent = consentLine(header); !consent.empty())
        closing += paragraphHeight(writer, consent, look.small());
    if (signature == Signature::Block)
        closing += signatureHeight(look, header);
    flow.carryTail(3 * look.lineHeight(look.body()), look.sectionGap + closing);
    writer.gap(look.sectionGap);
    if (const std::string consent = consentLine(header); !consent.empty())
        writer.paragraph(consent, look.small());
    writer.paragraph(scopeStatement(), look.small());
    if (signature == Signature::Block)
        writeSignature(writer, header);
    ReportPages report;
    report.paper = flow.paper();
    report.info = documentInfo(header, title);
    report.pages = flow.finish(pageFrame(flow, header, title));
    return report;
}

} // namespace knotwork::reports
