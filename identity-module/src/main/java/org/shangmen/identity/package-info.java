/**
 * Identity: accounts, verification codes, social login, tokens and roles (C1, W1.1).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"kernel", "persistence"})
package org.shangmen.identity;

import org.springframework.modulith.ApplicationModule;
