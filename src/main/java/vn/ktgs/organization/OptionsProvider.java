package vn.ktgs.organization;

import java.util.List;
import vn.ktgs.kernel.Option;

/**
 * Options for a form select whose {@code valuesKey} names a data source (e.g. "organizations"):
 * the renderer asks for a filtered page, always within what the user may see.
 */
public interface OptionsProvider {

    boolean provides(String valuesKey);

    List<Option> options(String valuesKey, KtgsUser user, String filter, int offset, int limit);

    /** The label of one stored value, for showing a value already chosen. */
    String label(String valuesKey, String value);
}
