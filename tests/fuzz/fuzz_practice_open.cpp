// The bytes of a practice file (a damaged one, another program's database, anything): first
// what `info` reads, then what opening it for work does (checks, upgrade, the record chain).
// Either refuses with a message or works; a refused file keeps every byte.
#include <fstream>
#include <iterator>
#include <string>

#include "db/practice_opener.h"
#include "db/practice_summary.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

std::string fileBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    const fuzz::TempFolder folder;
    fuzz::useUserFoldersIn(folder.path());
    const auto file = folder.path() / "practice.sqlite";
    fuzz::writeFile(file, data, size);

    bool opened = false;
    fuzz::refusalsAreFine([&] {
        auto database = db::Database::open(file, db::OpenMode::ExistingOnly);
        db::summarizePractice(*database);
        opened = true;
    });
    if (!opened && fileBytes(file) != fuzz::asText(data, size))
        fuzz::finding("a practice file refused on reading was changed");

    fuzz::refusalsAreFine([&] { db::openPractice(file, db::OpenMode::ExistingOnly, "fuzz"); });
    return 0;
}
