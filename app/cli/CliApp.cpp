// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliApp.h"

#include "ApiCommands.h"
#include "CliSession.h"
#include "ImportCommand.h"
#include "import/ImportPlan.h"
#include "log/LogFile.h"
#include "sandbox/SandboxHost.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretRequest.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace {

// Every option of every command: QCommandLineParser has no sub-commands, so commands
// read the options that concern them and the help text says which go where.
const QList<QCommandLineOption> &allOptions()
{
    static const QList<QCommandLineOption> options = {
        {QStringLiteral("profile"),
         CliApp::tr("Use a profile saved by the desktop app. Repeatable: import sends the file "
                    "to each app in turn."),
         CliApp::tr("name")},
        {QStringLiteral("api-key"),
         CliApp::tr("App API key (Live, Dev or SDK). Repeatable, with one company REST key: "
                    "import sends the file to each app in turn."),
         CliApp::tr("key")},
        {QStringLiteral("rest-key"),
         CliApp::tr("Company REST API key (visible to other users in the process list: prefer "
                    "--rest-key-file)."),
         CliApp::tr("key")},
        {QStringLiteral("rest-key-file"),
         CliApp::tr("Read the company REST API key from the first line of FILE (- reads standard "
                    "input)."),
         CliApp::tr("file")},
        {QStringLiteral("base-url"), CliApp::tr("API server (default https://api.batch.com)."),
         CliApp::tr("url")},
        {QStringLiteral("sandbox"),
         CliApp::tr("Use a local sandbox with sample data (nothing reaches Batch).")},
        {QStringLiteral("json"), CliApp::tr("Machine-readable JSON on stdout.")},
        {QStringLiteral("log-file"),
         CliApp::tr("Also write a support log to FILE (request lines included, secrets "
                    "redacted; rotated at 1 MiB)."),
         CliApp::tr("file")},
        {QStringLiteral("from"), CliApp::tr("list: offset of the first audience."),
         CliApp::tr("n")},
        {QStringLiteral("limit"), CliApp::tr("list: audiences per page (1-100)."), CliApp::tr("n")},
        {QStringLiteral("all"), CliApp::tr("list: follow pages until the last.")},
        {QStringLiteral("token"), CliApp::tr("view/status: indexing token."), CliApp::tr("token")},
        {QStringLiteral("description"), CliApp::tr("create: description."), CliApp::tr("text")},
        {QStringLiteral("yes"), CliApp::tr("delete: confirm.")},
        {QStringLiteral("wait"),
         CliApp::tr("import/status: wait until Batch has applied the change.")},
        {QStringList {QStringLiteral("csv"), QStringLiteral("file")},
         CliApp::tr("import: the CSV file or Excel workbook (.xlsx)."), CliApp::tr("file")},
        {QStringLiteral("sheet"), CliApp::tr("import: the workbook's sheet (default: the first)."),
         CliApp::tr("name")},
        {QStringLiteral("mapping"), CliApp::tr("import: a mapping file (JSON)."),
         CliApp::tr("file")},
        {QStringLiteral("id-column"),
         CliApp::tr("import: the install ID column (name or 1-based index)."), CliApp::tr("col")},
        {QStringLiteral("attr"),
         CliApp::tr("import: attribute column, COL[:TYPE[:FORMAT]][=NAME]. Repeatable."),
         CliApp::tr("spec")},
        {QStringLiteral("tags-column"), CliApp::tr("import: tag column, COL[:SEP]. Repeatable."),
         CliApp::tr("spec")},
        {QStringLiteral("tag"), CliApp::tr("import: a tag added to every ID. Repeatable."),
         CliApp::tr("tag")},
        {QStringLiteral("encoding"), CliApp::tr("import: auto, utf-8, utf-16 or windows-1252."),
         CliApp::tr("enc")},
        {QStringLiteral("delimiter"), CliApp::tr("import: auto , ; tab or |."), CliApp::tr("char")},
        {QStringLiteral("no-header"), CliApp::tr("import: the first row is data.")},
        {QStringLiteral("decimal-comma"), CliApp::tr("import: floats are written 3,14.")},
        {QStringLiteral("skip-invalid"),
         CliApp::tr("import: upload the valid rows, skip the others.")},
        {QStringLiteral("rejects"), CliApp::tr("import: write rejected rows to this CSV file."),
         CliApp::tr("file")},
        {QStringLiteral("create"),
         CliApp::tr("import: create the audience first when it does not exist.")},
        {QStringLiteral("dry-run"),
         CliApp::tr("import: send nothing; write the requests to --out.")},
        {QStringLiteral("out"), CliApp::tr("import: directory for --dry-run."), CliApp::tr("dir")},
        {QStringLiteral("mode"),
         CliApp::tr("import: replace (default), add, remove or sync (only the differences from "
                    "the last verified upload from this computer)."),
         CliApp::tr("mode")},
        {QStringLiteral("no-fallback"),
         CliApp::tr("import --mode sync: when the baseline is missing or stale, stop (exit code "
                    "1) instead of replacing the whole audience.")},
        {QStringLiteral("wait-lock"),
         CliApp::tr(
             "import: wait while another upload into the same audience is under way (default: "
             "stop with exit code 6).")},
        {QStringLiteral("save-plan"),
         CliApp::tr("import: also write the plan these options describe to FILE (run it again "
                    "with: run FILE)."),
         CliApp::tr("file")},
        {QStringLiteral("all-strings"),
         CliApp::tr("import: without --attr, send every column as a string attribute instead of "
                    "the types the wizard would decide from the rows.")},
        {QStringLiteral("request-timeout"),
         CliApp::tr("import: seconds one attempt of a request may take in all (default 120)."),
         CliApp::tr("seconds")},
    };
    return options;
}
} // namespace

CliApp::CliApp()
{
    addOptions();
}

CliApp::~CliApp() = default;

void CliApp::addOptions()
{
    // The modes in a string of their own, so that the help keeps its translations.
    m_parser.setApplicationDescription(
        helpText() + QStringLiteral("\n\n")
        + tr("import also takes --mode replace|add|remove|sync (default replace) and, for a\n"
             "sync, --no-fallback: see README, \"Modes\"."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(allOptions());
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("list, view, create, delete, import, run or status"));
}

QString CliApp::helpText() const
{
    return tr(
        "Batch custom audiences from the command line (Custom Audience API 1.1).\n\n"
        "Commands:\n"
        "  list [--from N] [--limit N] [--all]\n"
        "  view NAME [--token T]\n"
        "  create NAME [--description TEXT]\n"
        "  delete NAME --yes\n"
        "  import NAME --csv FILE [--mapping FILE] [--id-column COL] [--attr SPEC]...\n"
        "         [--tags-column COL[:SEP]]... [--tag TAG]... [--encoding E] [--delimiter D]\n"
        "         [--no-header] [--decimal-comma] [--skip-invalid] [--rejects FILE]\n"
        "         [--create] [--wait] [--dry-run --out DIR] [--save-plan FILE]\n"
        "         [--all-strings]\n"
        "  run PLAN [--dry-run --out DIR]   (a plan saved by --save-plan or the wizard)\n"
        "  status NAME --token T [--wait]\n\n"
        "Credentials: --profile NAME, or --api-key/--rest-key-file/--base-url, or the\n"
        "environment variables AUDIENCE_DESK_API_KEY, AUDIENCE_DESK_REST_KEY and\n"
        "AUDIENCE_DESK_BASE_URL.\n\n"
        "Exit codes: 0 done, 1 the API refused, 2 usage error, 3 input rejected,\n"
        "4 network failure, 5 upload interrupted part-way, 6 another upload into the\n"
        "same audience is under way, 130 interrupted.");
}

int CliApp::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        CliOutput(false).error(m_parser.errorText() + tr(" (see --help)"));
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        const QByteArray help = m_parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, size_t(help.size()), stdout);
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        CliOutput(false).result(
            QStringLiteral("audience-desk-cli %1").arg(QStringLiteral(AD_VERSION)));
        return ExitOk;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        CliOutput(false).error(tr("no command given (see --help)"));
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("log-file"))) {
        QString why;
        if (!LogFile::start(m_parser.value(QStringLiteral("log-file")), &why)) {
            CliOutput(false).error(why);
            return ExitUsage;
        }
        qCInfo(lcSession, "command: %s", qPrintable(positional.join(QLatin1Char(' '))));
    }
    CliSession::installInterruptHandler();
    CliSession session(m_parser.isSet(QStringLiteral("json")));
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    if (command == u"run") {
        if (args.size() != 1) {
            session.out().error(tr("run needs exactly one plan file (see --help)"));
            return ExitUsage;
        }
        QString why;
        m_plan = ImportPlan::load(args.first(), &why);
        if (!m_plan) {
            session.out().error(tr("plan %1: %2").arg(args.first(), why));
            return ExitUsage;
        }
    }
    // Usage problems are found before any credential is needed, for a dry run too.
    // A sync's dry run compares with the baseline of the audience of these credentials.
    const bool sync = m_plan
        ? m_plan->mode == UploadMode::Sync
        : m_parser.value(QStringLiteral("mode")).compare(u"sync", Qt::CaseInsensitive) == 0;
    if (m_parser.isSet(QStringLiteral("dry-run")) && !sync) {
        if (command == u"import")
            return ImportCommand(session, m_parser).run(args);
        if (m_plan)
            return ImportCommand(session, m_parser).runPlan(*m_plan);
    }
    if (const int code = configure(session); code != ExitOk)
        return code;
    return dispatch(session, command, args);
}

int CliApp::dispatch(CliSession &session, const QString &command, const QStringList &args)
{
    if (session.targets().size() > 1 && command != u"import" && command != u"run") {
        session.out().error(tr("%1 works on one app: give one --profile or --api-key (several "
                               "are for import)")
                                .arg(command));
        return ExitUsage;
    }
    ApiCommands api(session, m_parser);
    if (command == u"list")
        return api.list(args);
    if (command == u"view")
        return api.view(args);
    if (command == u"create")
        return api.create(args);
    if (command == u"delete")
        return api.remove(args);
    if (command == u"status")
        return api.status(args);
    if (command == u"import")
        return ImportCommand(session, m_parser).run(args);
    if (command == u"run" && m_plan)
        return ImportCommand(session, m_parser).runPlan(*m_plan);
    session.out().error(tr("unknown command \"%1\" (see --help)").arg(command));
    return ExitUsage;
}

int CliApp::configure(CliSession &session)
{
    // A saved plan's apps, unless the command line names others (as it overrides them).
    const bool given = m_parser.isSet(QStringLiteral("sandbox"))
        || m_parser.isSet(QStringLiteral("profile")) || m_parser.isSet(QStringLiteral("api-key"));
    QStringList names = m_parser.values(QStringLiteral("profile"));
    QStringList apiKeys = m_parser.values(QStringLiteral("api-key"));
    QList<QUrl> apiKeyBases; // per key, from the plan; empty: --base-url or the environment
    bool sandbox = m_parser.isSet(QStringLiteral("sandbox"));
    if (m_plan && !given) {
        for (const ImportPlan::Target &t : m_plan->targets) {
            if (t.profile == ProfileSession::sandboxId)
                sandbox = true;
            else if (!t.profile.isEmpty())
                names << t.profile;
            else
                apiKeys << t.apiKey, apiKeyBases << t.baseUrl;
        }
    }
    const bool named = !names.isEmpty();
    if (sandbox && (named || !apiKeys.isEmpty())) {
        session.out().error(tr("--sandbox uses the local sandbox's own keys: it cannot be "
                               "combined with --profile or --api-key"));
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("rest-key"))
        && m_parser.isSet(QStringLiteral("rest-key-file"))) {
        session.out().error(tr("give the REST key once: --rest-key or --rest-key-file"));
        return ExitUsage;
    }
    QString restKey;
    if (m_parser.isSet(QStringLiteral("rest-key-file"))) {
        QString why;
        if (!readKeyFile(m_parser.value(QStringLiteral("rest-key-file")), &restKey, &why)) {
            session.out().error(why);
            return ExitUsage;
        }
    } else if (m_parser.isSet(QStringLiteral("rest-key"))) {
        restKey = m_parser.value(QStringLiteral("rest-key"));
        session.out().message(
            tr("warning: a key given with --rest-key can be read by other users of this "
               "computer in the process list; prefer --rest-key-file FILE (or - for standard "
               "input) or AUDIENCE_DESK_REST_KEY"));
    }

    if (!names.isEmpty() && !apiKeys.isEmpty() && names.size() + apiKeys.size() > 2) {
        session.out().error(tr("--api-key with several --profile: give each app as a saved "
                               "profile, or each app key with --api-key"));
        return ExitUsage;
    }
    QSettings settings;
    ProfileStore store(&settings);
    SecretStore secrets;
    ProfileSession profiles(&store, &secrets);
    QList<CliSession::Target> targets;
    auto add = [&](const Profile &profile, bool saved) {
        CliSession::Target target;
        target.config = ProfileSession::configFor(profile);
        if (saved) // the same app as the saved one: recorded under it
            target.profileId = profile.id, target.profileName = profile.displayName;
        target.label = saved || sandbox ? profile.displayName : profile.apiKey;
        targets << target;
    };
    if (sandbox) {
        m_sandbox = std::make_unique<SandboxHost>();
        if (!m_sandbox->start()) {
            session.out().error(tr("the sandbox could not start"));
            return ExitNetwork;
        }
        add(ProfileSession::sandboxProfile(m_sandbox->baseUrl()), false);
    }
    // One --profile takes --api-key, --base-url and a REST key as overrides (then it is
    // another app than the saved one); several are each the saved app.
    for (const QString &wanted : names) {
        const auto found = profiles.find(wanted);
        if (!found) {
            session.out().error(tr("no profile named \"%1\"").arg(wanted));
            return ExitUsage;
        }
        Profile profile = *found;
        if (!restKey.isEmpty())
            profile.restKey = restKey;
        if (const int code = completeProfile(session, profiles, &profile); code != ExitOk)
            return code;
        const bool overridden = m_parser.isSet(QStringLiteral("api-key"))
            || m_parser.isSet(QStringLiteral("base-url"));
        if (!apiKeys.isEmpty())
            profile.apiKey = apiKeys.first();
        if (m_parser.isSet(QStringLiteral("base-url")))
            profile.baseUrl = QUrl(m_parser.value(QStringLiteral("base-url")));
        if (profile.apiKey.isEmpty() || profile.restKey.isEmpty())
            return noCredentials(session);
        add(profile, !overridden);
    }
    if (!sandbox && names.isEmpty()) {
        // Raw keys: each --api-key an app, sharing the company REST key and the server.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        Profile base;
        base.restKey
            = restKey.isEmpty() ? env.value(QStringLiteral("AUDIENCE_DESK_REST_KEY")) : restKey;
        if (env.contains(QStringLiteral("AUDIENCE_DESK_BASE_URL")))
            base.baseUrl = QUrl(env.value(QStringLiteral("AUDIENCE_DESK_BASE_URL")));
        if (m_parser.isSet(QStringLiteral("base-url")))
            base.baseUrl = QUrl(m_parser.value(QStringLiteral("base-url")));
        const QStringList keys = apiKeys.isEmpty()
            ? QStringList {env.value(QStringLiteral("AUDIENCE_DESK_API_KEY"))}
            : apiKeys;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            Profile profile = base;
            profile.apiKey = keys.at(i);
            if (!apiKeyBases.value(i).isEmpty())
                profile.baseUrl = apiKeyBases.at(i);
            if (profile.apiKey.isEmpty() || profile.restKey.isEmpty())
                return noCredentials(session);
            add(profile, false);
        }
    }
    session.setTargets(targets);
    return ExitOk;
}

int CliApp::noCredentials(CliSession &session)
{
    session.out().error(tr("no credentials: use --profile, or --api-key with "
                           "--rest-key-file, or AUDIENCE_DESK_API_KEY and "
                           "AUDIENCE_DESK_REST_KEY"));
    return ExitUsage;
}

int CliApp::completeProfile(CliSession &session, ProfileSession &profiles, Profile *profile)
{
    if (ProfileSession::hasRestKey(*profile))
        return ExitOk;
    QEventLoop loop;
    SecretStore::Result result;
    SecretRequest *request = profiles.complete(
        *profile, &loop, [&](const Profile &complete, const SecretStore::Result &r) {
            *profile = complete;
            result = r;
            loop.quit();
        });
    QObject::connect(request, &SecretRequest::waiting, &loop, [&session] {
        session.out().message(tr("Waiting for the system keychain: answer its prompt (it may "
                                 "ask to unlock your keyring), or press Ctrl+C."));
    });
    QObject::connect(&session, &CliSession::interruptRequested, request, &SecretRequest::cancel);
    loop.exec();
    if (session.interrupted())
        return ExitInterrupted;
    if (result.status != SecretStore::Status::Ok) {
        session.out().error(tr("the REST key of \"%1\" could not be read: %2")
                                .arg(profile->displayName, result.message));
        return ExitUsage;
    }
    return ExitOk;
}

bool CliApp::readKeyFile(const QString &path, QString *key, QString *error)
{
    QFile file;
    const bool stdinFile = path == u"-";
    const bool opened = stdinFile ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("cannot read the REST key file %1: %2").arg(path, file.errorString());
        return false;
    }
    // The first line, trimmed: a key file written by `echo` ends with a newline.
    *key = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (key->isEmpty()) {
        *error = stdinFile ? tr("no REST key on standard input")
                           : tr("the REST key file %1 is empty").arg(path);
        return false;
    }
    return true;
}
