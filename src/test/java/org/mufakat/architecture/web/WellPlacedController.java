package org.mufakat.architecture.web;

import org.springframework.stereotype.Controller;

/** A controller where controllers belong, for ArchitectureTests: abstract, so component scanning skips it. */
@Controller
public abstract class WellPlacedController {
}
