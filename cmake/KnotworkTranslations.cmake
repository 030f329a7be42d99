# The translation template: `cmake --build --preset test --target knotwork-pot` writes
# <build>/po/knotwork.pot from every _(), N_(), P_() and wxPLURAL() in the sources (domain code's
# gettext _() and wx's _() share the one "knotwork" catalog).
find_program(KNOTWORK_XGETTEXT xgettext REQUIRED)
file(GLOB_RECURSE KNOTWORK_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/modules/*.cpp
    ${PROJECT_SOURCE_DIR}/db/*.cpp ${PROJECT_SOURCE_DIR}/reports/*.cpp)
set(KNOTWORK_POT ${PROJECT_BINARY_DIR}/po/knotwork.pot)
add_custom_command(
    OUTPUT ${KNOTWORK_POT}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/po
    COMMAND ${KNOTWORK_XGETTEXT} --from-code=UTF-8 --language=C++ --keyword=_ --keyword=N_
            --keyword=P_:1,2 --keyword=wxPLURAL:1,2 --package-name=Knotwork --package-version=${PROJECT_VERSION}
            --sort-by-file --output=${KNOTWORK_POT} ${KNOTWORK_TRANSLATABLE_SOURCES}
    DEPENDS ${KNOTWORK_TRANSLATABLE_SOURCES}
    COMMENT "Extracting translatable strings"
    VERBATIM)
add_custom_target(knotwork-pot DEPENDS ${KNOTWORK_POT})
