/** The payment sandbox's REST, in the dev and demo profiles only. */
package org.shangmen.billing.adapter.dev;
