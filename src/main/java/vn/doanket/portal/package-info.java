/** The home page and what every page's layout needs (the signed-in user, the navigation). */
package vn.doanket.portal;
