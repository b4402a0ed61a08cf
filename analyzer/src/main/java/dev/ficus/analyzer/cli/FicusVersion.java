package dev.ficus.analyzer.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version written into the jar's manifest at build time; {@code dev} when run from
 * classes.
 */
public class FicusVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = FicusVersion.class.getPackage().getImplementationVersion();
        return new String[] { "ficus " + (version == null ? "dev" : version) };
    }

}
