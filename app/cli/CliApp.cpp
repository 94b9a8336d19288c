#include "CliApp.h"

#include "ApiCommands.h"
#include "CliSession.h"
#include "ImportCommand.h"
#include "sandbox/FakeBatchServer.h"
#include "sandbox/SandboxHost.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliApp", text);
}

// Every option of every command: QCommandLineParser has no sub-commands, so commands
// read the options that concern them and the help text says which go where.
const QList<QCommandLineOption> &allOptions()
{
    static const QList<QCommandLineOption> options = {
        {QStringLiteral("profile"), tr("Use a profile saved by the desktop app."), tr("name")},
        {QStringLiteral("api-key"), tr("App API key (Live, Dev or SDK)."), tr("key")},
        {QStringLiteral("rest-key"), tr("Company REST API key."), tr("key")},
        {QStringLiteral("base-url"), tr("API server (default https://api.batch.com)."), tr("url")},
        {QStringLiteral("sandbox"),
         tr("Use a local sandbox with sample data (nothing reaches Batch).")},
        {QStringLiteral("json"), tr("Machine-readable JSON on stdout.")},
        {QStringLiteral("from"), tr("list: offset of the first audience."), tr("n")},
        {QStringLiteral("limit"), tr("list: audiences per page (1-100)."), tr("n")},
        {QStringLiteral("all"), tr("list: follow pages until the last.")},
        {QStringLiteral("token"), tr("view/status: indexing token."), tr("token")},
        {QStringLiteral("description"), tr("create: description."), tr("text")},
        {QStringLiteral("yes"), tr("delete: confirm.")},
        {QStringLiteral("wait"), tr("import/status: wait until Batch has applied the change.")},
        {QStringLiteral("csv"), tr("import: the CSV file."), tr("file")},
        {QStringLiteral("mapping"), tr("import: a mapping file (JSON)."), tr("file")},
        {QStringLiteral("id-column"), tr("import: the install ID column (name or 1-based index)."),
         tr("col")},
        {QStringLiteral("attr"),
         tr("import: attribute column, COL[:TYPE[:FORMAT]][=NAME]. Repeatable."), tr("spec")},
        {QStringLiteral("tags-column"), tr("import: tag column, COL[:SEP]. Repeatable."),
         tr("spec")},
        {QStringLiteral("tag"), tr("import: a tag added to every ID. Repeatable."), tr("tag")},
        {QStringLiteral("encoding"), tr("import: auto, utf-8, utf-16 or windows-1252."), tr("enc")},
        {QStringLiteral("delimiter"), tr("import: auto , ; tab or |."), tr("char")},
        {QStringLiteral("no-header"), tr("import: the first row is data.")},
        {QStringLiteral("decimal-comma"), tr("import: floats are written 3,14.")},
        {QStringLiteral("skip-invalid"), tr("import: upload the valid rows, skip the others.")},
        {QStringLiteral("rejects"), tr("import: write rejected rows to this CSV file."),
         tr("file")},
        {QStringLiteral("create"), tr("import: create the audience first when it does not exist.")},
        {QStringLiteral("dry-run"), tr("import: send nothing; write the requests to --out.")},
        {QStringLiteral("out"), tr("import: directory for --dry-run."), tr("dir")},
        {QStringLiteral("wait-lock"),
         tr("import: wait while another upload into the same audience is under way (default: "
            "stop with exit code 6).")},
        {QStringLiteral("request-timeout"),
         tr("import: seconds one attempt of a request may take in all (default 120)."),
         tr("seconds")},
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
    m_parser.setApplicationDescription(helpText());
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(allOptions());
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("list, view, create, delete, import or status"));
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
        "         [--create] [--wait] [--dry-run --out DIR]\n"
        "  status NAME --token T [--wait]\n\n"
        "Credentials: --profile NAME, or --api-key/--rest-key/--base-url, or the\n"
        "environment variables AUDIENCE_DESK_API_KEY, AUDIENCE_DESK_REST_KEY and\n"
        "AUDIENCE_DESK_BASE_URL.\n\n"
        "Exit codes: 0 done, 1 the API refused, 2 usage error, 3 input rejected,\n"
        "4 network failure, 5 upload interrupted part-way, 130 interrupted.");
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
    CliSession::installInterruptHandler();
    CliSession session(m_parser.isSet(QStringLiteral("json")));
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    // Usage problems are found before any credential is needed, for a dry run too.
    if (command == u"import" && m_parser.isSet(QStringLiteral("dry-run")))
        return ImportCommand(session, m_parser).run(args);
    if (const int code = configure(session); code != ExitOk)
        return code;
    return dispatch(session, command, args);
}

int CliApp::dispatch(CliSession &session, const QString &command, const QStringList &args)
{
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
    session.out().error(tr("unknown command \"%1\" (see --help)").arg(command));
    return ExitUsage;
}

int CliApp::configure(CliSession &session)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ApiConfig config;
    QString profileId, profileName;
    if (m_parser.isSet(QStringLiteral("sandbox"))) {
        m_sandbox = std::make_unique<SandboxHost>();
        if (!m_sandbox->start()) {
            session.out().error(tr("the sandbox could not start"));
            return ExitNetwork;
        }
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = FakeBatchServer::sandboxApiKey;
        config.restKey = FakeBatchServer::sandboxRestKey;
    } else if (m_parser.isSet(QStringLiteral("profile"))) {
        QSettings settings;
        ProfileStore store(&settings);
        const QString wanted = m_parser.value(QStringLiteral("profile"));
        std::optional<Profile> found;
        for (const Profile &p : store.profiles()) {
            if (p.id == wanted || p.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
                found = p;
        }
        if (!found) {
            session.out().error(tr("no profile named \"%1\"").arg(wanted));
            return ExitUsage;
        }
        profileId = found->id;
        profileName = found->displayName;
        config.baseUrl = found->baseUrl;
        config.apiKey = found->apiKey;
        config.restKey = found->restKey;
        if (!found->restKeyInSettings && !m_parser.isSet(QStringLiteral("rest-key"))) {
            SecretStore secrets;
            SecretStore::Result result;
            QEventLoop loop;
            secrets.read(found->id, [&](const SecretStore::Result &r) {
                result = r;
                loop.quit();
            });
            loop.exec();
            if (result.status != SecretStore::Status::Ok) {
                session.out().error(tr("the REST key of \"%1\" could not be read: %2")
                                        .arg(found->displayName, result.message));
                return ExitUsage;
            }
            config.restKey = result.secret;
        }
    } else {
        config.apiKey = env.value(QStringLiteral("AUDIENCE_DESK_API_KEY"));
        config.restKey = env.value(QStringLiteral("AUDIENCE_DESK_REST_KEY"));
        if (env.contains(QStringLiteral("AUDIENCE_DESK_BASE_URL")))
            config.baseUrl = QUrl(env.value(QStringLiteral("AUDIENCE_DESK_BASE_URL")));
    }
    if (m_parser.isSet(QStringLiteral("api-key")))
        config.apiKey = m_parser.value(QStringLiteral("api-key"));
    if (m_parser.isSet(QStringLiteral("rest-key")))
        config.restKey = m_parser.value(QStringLiteral("rest-key"));
    if (m_parser.isSet(QStringLiteral("base-url")))
        config.baseUrl = QUrl(m_parser.value(QStringLiteral("base-url")));
    if (m_parser.isSet(QStringLiteral("profile")) && !m_parser.isSet(QStringLiteral("sandbox"))
        && !m_parser.isSet(QStringLiteral("api-key"))
        && !m_parser.isSet(QStringLiteral("base-url")))
        session.setProfile(profileId, profileName); // the same app as the saved profile
    if (config.apiKey.isEmpty() || config.restKey.isEmpty()) {
        session.out().error(tr("no credentials: use --profile, --api-key and --rest-key, or "
                               "AUDIENCE_DESK_API_KEY and AUDIENCE_DESK_REST_KEY"));
        return ExitUsage;
    }
    session.client().setConfig(config);
    return ExitOk;
}
