# ctest: the given .ts file, refreshed from today's sources (lupdate into a scratch copy, so a
# tr() string nobody has translated yet is caught, not only the ones already in the file), has
# every message translated (no type="unfinished", no empty one).
# -DTS_FILE=… -DLUPDATE=… -DSOURCES_LIST=… (one source per line, -I lines for include paths)
# -DWORK_DIR=…
get_filename_component(name "${TS_FILE}" NAME)
set(scratch "${WORK_DIR}/${name}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${TS_FILE}" "${scratch}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${scratch}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}): ${output}")
endif()
file(READ "${scratch}" content)
string(FIND "${content}" "type=\"unfinished\"" unfinished)
string(FIND "${content}" "<translation></translation>" empty)
string(FIND "${content}" "<translation />" emptyShort)
if(NOT unfinished EQUAL -1 OR NOT empty EQUAL -1 OR NOT emptyShort EQUAL -1)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" missing
           "${content}")
    list(LENGTH missing count)
    message(FATAL_ERROR "${TS_FILE} lacks ${count} translation(s); run the update_translations "
                        "target and translate them. First ones: ${missing}")
endif()
