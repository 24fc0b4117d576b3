/** The payment sandbox's REST and the demo's prepaid package paid through it, in the dev and demo profiles only. */
package org.shangmen.billing.adapter.dev;
