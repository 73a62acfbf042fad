/**
 * Technical ground every business module stands on: the database, identifiers, web infrastructure and i18n.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.mufakat.platform;
