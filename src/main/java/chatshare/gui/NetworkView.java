package chatshare.gui;

import chatshare.model.Market;
import java.awt.Color;
import java.awt.Graphics2D;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.util.Double2D;

/**
 * A window on the social graph (network mode): a run of consecutive users of the small-world
 * ring laid out on a circle, with their links to each other, coloured by current assistant.
 * Ring neighbours sit side by side; rewired links cross the circle.
 */
final class NetworkView {
    static final int USERS = 150;
    private static final int SIZE = 520;

    final Display2D display;
    private final Continuous2D nodes = new Continuous2D(1.0, 1.0, 1.0);
    private final Network links = new Network(true);
    private final NetworkPortrayal2D linksPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D nodesPortrayal = new ContinuousPortrayal2D();

    NetworkView(GUIState gui, PreferenceMap colours) {
        display = new Display2D(SIZE, SIZE, gui);
        display.setBackdrop(Color.WHITE);
        linksPortrayal.setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(0, 0, 0, 50), null));
        nodesPortrayal.setPortrayalForAll(new OvalPortrayal2D(0.025) {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Object object, Graphics2D g, DrawInfo2D info) {
                UserView u = (UserView) object;
                paint = colours.colourOf(((chatshare.model.Market) info.gui.state).users().choice[u.index]);
                super.draw(object, g, info);
            }
        });
        display.attach(linksPortrayal, "Links");
        display.attach(nodesPortrayal, "Users");
    }

    /** Lays out the first USERS users of a freshly started market (no-op in mean-field mode). */
    void start(Market m) {
        nodes.clear();
        links.clear();
        if (m.users().neighbours == null) {
            return;
        }
        int n = Math.min(USERS, m.agents());
        UserView[] views = new UserView[n];
        for (int i = 0; i < n; i++) {
            views[i] = new UserView(m, i);
            double angle = 2 * Math.PI * i / n;
            nodes.setObjectLocation(views[i], new Double2D(0.5 + 0.45 * Math.cos(angle), 0.5 + 0.45 * Math.sin(angle)));
            links.addNode(views[i]);
        }
        int degree = m.users().degree;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < degree; k++) {
                int j = m.users().neighbours[i * degree + k];
                if (j < n) {
                    links.addEdge(views[i], views[j], null);
                }
            }
        }
        linksPortrayal.setField(new SpatialNetwork2D(nodes, links));
        nodesPortrayal.setField(nodes);
    }
}
