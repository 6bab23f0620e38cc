# Installing Jixiao and its Debian package (`./setup.sh package`: cpack in build/).
#
# Everything the program reads at run time (the sample report, the scoring scheme, the
# translations) is compiled in; what is installed besides the program is for the desktop
# (entry, icons, AppStream metainfo), the man page and Debian's documentation files.
include(GNUInstallDirs)
# `install` and cpack take what is built and do not build everything first (the tests and
# benchmarks are not installed): ./setup.sh package builds the program and these files.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(JIXIAO_LINUX_DIR "${PROJECT_SOURCE_DIR}/resources/linux")

install(TARGETS jixiao RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${JIXIAO_LINUX_DIR}/${JIXIAO_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${JIXIAO_LINUX_DIR}/${JIXIAO_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/icons/hicolor" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

# Debian wants the man page and the changelog compressed with gzip -9n (no name, no time).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(JIXIAO_PACKAGE_FILES "${CMAKE_BINARY_DIR}/package-files")
add_custom_command(
  OUTPUT "${JIXIAO_PACKAGE_FILES}/jixiao.1.gz" "${JIXIAO_PACKAGE_FILES}/changelog.gz"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${JIXIAO_PACKAGE_FILES}"
  COMMAND ${GZIP_PROGRAM} -9n -c "${JIXIAO_LINUX_DIR}/jixiao.1" > "${JIXIAO_PACKAGE_FILES}/jixiao.1.gz"
  COMMAND ${GZIP_PROGRAM} -9n -c "${JIXIAO_LINUX_DIR}/changelog" > "${JIXIAO_PACKAGE_FILES}/changelog.gz"
  DEPENDS "${JIXIAO_LINUX_DIR}/jixiao.1" "${JIXIAO_LINUX_DIR}/changelog"
  VERBATIM)
add_custom_target(jixiao_package_files ALL DEPENDS "${JIXIAO_PACKAGE_FILES}/jixiao.1.gz" "${JIXIAO_PACKAGE_FILES}/changelog.gz")
install(FILES "${JIXIAO_PACKAGE_FILES}/jixiao.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${JIXIAO_PACKAGE_FILES}/changelog.gz" "${JIXIAO_LINUX_DIR}/copyright"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/jixiao)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jixiao)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")
set(CPACK_OUTPUT_FILE_PREFIX "${CMAKE_BINARY_DIR}")
set(CPACK_PACKAGE_CONTACT "Jixiao developers <jixiao@jixiao.org>")
set(CPACK_PACKAGE_VENDOR "Jixiao developers")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # jixiao_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# The libraries the program links, computed from the binary (dpkg-shlibdeps) ...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... and what Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver of
# the default workspace and the faces the PDF is set in are needed; the PostgreSQL driver
# (a shared office), Qt's own translations, Chinese input (fcitx5) and the desktop's
# platform theme are recommended.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, fonts-lxgw-wenkai, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6sql6-psql, qt6-translations-l10n, fcitx5-frontend-qt6, qt6-qpa-plugins")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "budget performance self-evaluation reports (绩效自评)")
set(CPACK_PACKAGE_DESCRIPTION
"Jixiao fills, checks, reviews and exports the yearly self-evaluation of a
Chinese government department's whole budget spending and the standard
self-evaluation table the finance bureau collects. Clerks enter or import
the figures; every rate is computed exactly and the program shows which
figure is wrong and why. Reviewers approve in a shared workspace
(PostgreSQL). Reports export as PDF in the official document layout and as
documents to finish in WPS or Word.
.
绩效自评：部门整体支出预算绩效自评报告与绩效自评表的填报、检查、评审与导出。
录入或导入数据后，各项指标实时精确计算，并指出哪个数据有误、错在哪里；
报告可导出为公文格式的 PDF，以及可在 WPS 或 Word 中继续编辑的文档。")
include(CPack)
