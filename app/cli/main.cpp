#include "CliApp.h"
#include "api/SecretRedactor.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same names as the desktop app, so --profile finds its saved profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("audience-desk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("audience-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AD_VERSION));
    SecretRedactor::installMessageHandler();
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
