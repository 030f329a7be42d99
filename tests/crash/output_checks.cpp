#include "output_checks.h"

#include <algorithm>

#include "common/sha256.h"
#include "practice_checks.h"
#include "support/practice_files.h"

namespace knotwork::crash {

namespace fs = std::filesystem;
using knotwork::testing::readBytes;
using knotwork::testing::sqliteQuery;

Findings reportFindings(const fs::path& practice, const fs::path& pdf, bool acknowledged)
{
    const std::string name = pdf.filename().string();
    const std::string logged = sqliteQuery(practice, "SELECT group_concat(sha256 || ' ' || byte_count, ', ') FROM "
                                                     "disclosures WHERE file_name = '" + name + "'");
    const bool written = fs::exists(pdf);
    Findings findings;
    if (acknowledged && (!written || logged.empty()))
        findings.push_back({FindingClass::Lost, "acknowledged report " + name + (written ? " is not logged" : " is gone")});
    if (written && logged.empty())
        findings.push_back({FindingClass::Half, "report " + name + " was written, yet the disclosure log has no row"});
    if (!written && !logged.empty())
        findings.push_back({FindingClass::Half, "the disclosure log has report " + name + ", yet the file is not there"});
    if (written && !logged.empty()) {
        const std::string bytes = readBytes(pdf);
        const std::string expected = sha256Hex(bytes) + " " + std::to_string(bytes.size());
        if (logged != expected)
            findings.push_back({FindingClass::Half, "report " + name + " is " + expected + ", logged as " + logged});
    }
    return findings;
}

Findings backupFindings(const fs::path& folder, const fs::path& acknowledgedBackup, std::vector<fs::path>& checked)
{
    Findings findings;
    if (!acknowledgedBackup.empty() && !fs::exists(acknowledgedBackup))
        findings.push_back({FindingClass::Lost, "acknowledged backup " + acknowledgedBackup.string() + " is not there"});
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path& backup = it->path();
        if (backup.extension() != ".knotwork-backup" ||
            std::find(checked.begin(), checked.end(), backup) != checked.end())
            continue;
        checked.push_back(backup);
        for (Finding finding : damage(backup)) {
            finding.kind = FindingClass::Half;
            finding.what = "backup " + backup.filename().string() + ": " + finding.what;
            findings.push_back(finding);
        }
    }
    return findings;
}

Findings exportFindings(const fs::path& archive, bool acknowledged)
{
    const bool written = fs::exists(archive);
    if (acknowledged && !written)
        return {{FindingClass::Lost, "acknowledged export " + archive.string() + " is not there"}};
    if (written && !isWholeZip(archive))
        return {{FindingClass::Half, "export " + archive.string() + " is a half archive"}};
    return {};
}

} // namespace knotwork::crash
