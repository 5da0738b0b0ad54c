import javax.swing.*; import java.awt.*; import java.awt.image.BufferedImage; import java.io.*; import java.nio.file.*; import java.util.*;
public class Form {
  public static void main(String[] a) throws Exception {
    System.setProperty("java.awt.headless", "true");
    UIManager.setLookAndFeel("javax.swing.plaf.metal.MetalLookAndFeel");
    double sc = Double.parseDouble(a[2]);
    java.util.List<String> lines = Files.readAllLines(Paths.get(a[0]));
    JPanel p = new JPanel(null); p.setSize(640, 360); p.setPreferredSize(new Dimension(640,360));
    for (String ln : lines) {
      String[] f = ln.split("\\|", 6); int x=Integer.parseInt(f[1]),y=Integer.parseInt(f[2]),w=Integer.parseInt(f[3]),h=Integer.parseInt(f[4]);
      JComponent c;
      if (f[0].equals("label")) c = new JLabel(f[5]);
      else if (f[0].equals("field")) c = new JTextField(f[5]);
      else if (f[0].equals("button")) c = new JButton(f[5]);
      else if (f[0].equals("check")) c = new JCheckBox(f[5], true);
      else { JTextArea t = new JTextArea(f[5]); t.setLineWrap(true); t.setWrapStyleWord(false); t.setBorder(BorderFactory.createLineBorder(Color.GRAY)); c = t; }
      c.setBounds(x,y,w,h); p.add(c);
    }
    JFrame dummy = null;
    p.doLayout(); for (Component c : p.getComponents()) c.doLayout();
    BufferedImage img = new BufferedImage((int)Math.round(640*sc),(int)Math.round(360*sc),BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics(); g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
    g.scale(sc, sc); p.printAll(g); g.dispose();
    javax.imageio.ImageIO.write(img, "png", new File(a[1]));
  }
}
