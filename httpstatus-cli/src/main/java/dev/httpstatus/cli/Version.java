package dev.httpstatus.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by --version, taken from the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"httpstatus " + (version == null ? "development build" : version)};
    }
}
